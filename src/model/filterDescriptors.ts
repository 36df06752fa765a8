import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import type { Show } from "../data/schema.ts";
import { CERTAINTIES, EVENT_KINDS } from "../data/vocabulary.ts";
import type { TimelineItem } from "./timelineItems.ts";

/** What a filter needs to know of the dataset: its shows and its publishers. */
export interface FilterContext {
  readonly shows: readonly Show[];
  readonly publishers: readonly string[];
}

/**
 * One filter over a list of values: everything the panel, the URL codec, the predicate and the counts need.
 * A new filter is one entry in FILTERS.
 */
export interface FilterDescriptor {
  /** Its field in Filters. */
  readonly key: string;
  /** Its URL parameter. */
  readonly param: string;
  /** Values repeat the parameter (they may hold commas) instead of joining with commas. */
  readonly repeated: boolean;
  /** The panel's heading for it. */
  readonly legend: string;
  /** One of its values in words, for a link that names one the page cannot show ("show", "publisher"). */
  readonly noun: string;
  /** The label of its finder, the text box a group of many values gets instead of a checkbox each. */
  readonly finder: string;
  /** The values to offer, in order. */
  readonly values: (context: FilterContext) => readonly string[];
  /** A value as the panel names it. */
  readonly label: (value: string, context: FilterContext) => string;
  /** The values an item has: it passes when one of them is chosen, and counts once for each. */
  readonly of: (item: TimelineItem) => readonly string[];
  /**
   * The values a link may name before the dataset is known; null when they depend on the dataset (a link's
   * unknown values are dropped once it is loaded).
   */
  readonly fixed: readonly string[] | null;
}

// Titles by id, once per list of shows: the panel names every show, and 2,000 finds each would be O(n²).
const titlesOf = new WeakMap<readonly Show[], ReadonlyMap<string, string>>();
function showTitles(shows: readonly Show[]): ReadonlyMap<string, string> {
  let titles = titlesOf.get(shows);
  if (!titles) {
    titles = new Map(shows.map((s) => [s.id, s.title]));
    titlesOf.set(shows, titles);
  }
  return titles;
}

export const FILTERS = [
  {
    key: "shows",
    param: "show",
    repeated: false,
    legend: "Shows",
    noun: "show",
    finder: "Find a show",
    values: (c) => c.shows.map((s) => s.id),
    label: (v, c) => showTitles(c.shows).get(v) ?? v,
    of: (item) => [item.show.id],
    fixed: null,
  },
  {
    key: "kinds",
    param: "kind",
    repeated: false,
    legend: "Kinds",
    noun: "kind",
    finder: "Find a kind",
    values: () => EVENT_KINDS,
    label: (v) => KIND_LABELS[v as keyof typeof KIND_LABELS] ?? v,
    of: (item) => [item.event.kind],
    fixed: EVENT_KINDS,
  },
  {
    key: "certainties",
    param: "certainty",
    repeated: false,
    legend: "Certainty",
    noun: "certainty",
    finder: "Find a certainty",
    values: () => CERTAINTIES,
    label: (v) => CERTAINTY_LABELS[v as keyof typeof CERTAINTY_LABELS] ?? v,
    of: (item) => [item.event.certainty],
    fixed: CERTAINTIES,
  },
  {
    key: "publishers",
    param: "publisher",
    repeated: true,
    legend: "Publishers",
    noun: "publisher",
    finder: "Find a publisher",
    values: (c) => c.publishers,
    label: (v) => v,
    // An item counts once per publisher, however many of its sources that publisher wrote.
    of: (item) => [...new Set(item.sources.map((s) => s.publisher))],
    fixed: null,
  },
] as const satisfies readonly FilterDescriptor[];

export type FilterKey = (typeof FILTERS)[number]["key"];
