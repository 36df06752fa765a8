import { scaleUtc, type ScaleTime } from "d3-scale";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import type { Dataset, Show, Source, TimelineEvent } from "../../../src/data/schema.ts";
import type { LayoutOptions } from "../../../src/layout/rowLayout.ts";
import { timelineItems, type TimelineItem } from "../../../src/model/timelineItems.ts";

export const DAY = 86_400_000;

export const SHOWS: readonly Show[] = [
  { id: "daredevil", title: "Daredevil" },
  { id: "jessica-jones", title: "Jessica Jones" },
  { id: "luke-cage", title: "Luke Cage" },
  { id: "iron-fist", title: "Iron Fist" },
];

export const SOURCES: readonly Source[] = [
  {
    id: "variety",
    title: "Netflix sets dates",
    publisher: "Variety",
    author: null,
    published: "2016-05-11",
    url: "https://variety.example/a",
  },
  {
    id: "deadline",
    title: "Filming news",
    publisher: "Deadline, Inc.",
    author: "A. Writer",
    published: "2016-06-01",
    url: "https://deadline.example/b",
  },
];

/** An event with defaults: a reported Daredevil release with no date yet, citing Variety. */
export function event(id: string, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    show: "daredevil",
    kind: "release",
    label: `Label of ${id}`,
    start: null,
    certainty: "reported",
    citations: [{ source: "variety", quote: `Quote for ${id}.` }],
    ...over,
  };
}

export function dataset(events: readonly TimelineEvent[], shows: readonly Show[] = SHOWS): Dataset {
  return { shows: [...shows], sources: [...SOURCES], events: [...events] };
}

/**
 * The timeline items of a small dataset. Throws when parseDataset() would leave anything out, so that no
 * test runs on data the app would never draw.
 */
export function items(events: readonly TimelineEvent[], shows: readonly Show[] = SHOWS): TimelineItem[] {
  const data = dataset(events, shows);
  // Warnings (a date far from the sources', say) keep their items: only what is left out is refused.
  const lost = parseDataset(data).problems.filter((p) => p.effect === "left out");
  if (lost.length > 0) throw new Error(`invalid test dataset: ${JSON.stringify(lost)}`);
  return timelineItems(data);
}

/**
 * The one item of a one-event dataset, without the dataset check: for layout's own defences against values
 * the schema refuses (`../..` bounds nothing), which must still never draw NaN.
 */
export function uncheckedItem(id: string, over: Partial<TimelineEvent> = {}): TimelineItem {
  return only(timelineItems(dataset([event(id, over)])));
}

/** The one item of a one-event dataset. */
export function item(id: string, over: Partial<TimelineEvent> = {}): TimelineItem {
  return only(items([event(id, over)]));
}

export function only<T>(list: readonly T[]): T {
  const [first] = list;
  if (list.length !== 1 || first === undefined) throw new Error(`expected one element, got ${list.length}`);
  return first;
}

/** The element whose `id` (or `item.id`) is `id`; throws when there is none. */
export function find<T extends { readonly id: string } | { readonly item: { readonly id: string } }>(
  list: readonly T[],
  id: string,
): T {
  const found = list.find((entry) => ("item" in entry ? entry.item.id : entry.id) === id);
  if (found === undefined) throw new Error(`no element with id ${id}`);
  return found;
}

export function utcScale(
  from: number,
  to: number,
  range: readonly [number, number],
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([range[0], range[1]]);
}

/** The layout tests' lanes, rows and shelf: 20 px lanes, 6 px padding, 12 px markers, two shelf columns. */
export const LAYOUT_OPTIONS: LayoutOptions = {
  laneHeight: 20,
  rowPadding: 6,
  markerWidth: 12,
  shelfColumns: 2,
};

/** One pixel per day across 2014–2017. */
export const fourYears = (): ScaleTime<number, number> =>
  utcScale(Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1), [0, 1461]);
