import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import type { Dataset, Show, Source, TimelineEvent } from "../data/schema.ts";
import { WINDOW_KINDS } from "../data/vocabulary.ts";
import { edtfInterval, type FuzzyInterval } from "../dates/edtfInterval.ts";
import { eventDateWords } from "./eventDateWords.ts";
import { findKey } from "./findKey.ts";

/** An event ready to be laid out and drawn: its dates parsed once, its words and search text prepared. */
export interface TimelineItem {
  readonly id: string;
  readonly event: TimelineEvent;
  readonly show: Show;
  /** Filming and production span time; releases and announcements are one (possibly fuzzy) day. */
  readonly isWindow: boolean;
  /** Null when no date is known: the item sits on the "date not announced" shelf. */
  readonly start: FuzzyInterval | null;
  /** Windows only; null for an end not reported yet (an open end). */
  readonly end: FuzzyInterval | null;
  /** The date in words: "late 2016, approximately". */
  readonly when: string;
  /** The accessible name: what and when. */
  readonly name: string;
  /** Every citation with its source resolved, in dataset order. */
  readonly citations: readonly { readonly quote: string; readonly source: Source }[];
  /** The distinct sources cited. */
  readonly sources: readonly Source[];
  /** Lower-cased label, quotes, note, show title and season ("s2 season 2"), for the text search. */
  readonly searchText: string;
  /**
   * Where the layout keeps what it measured of the item at the latest scale (layout/itemFit.ts), so that
   * packing a new set of the same items reads one object per item. The model never reads it.
   */
  layoutFit: unknown;
}

type Cited = readonly { readonly quote: string; readonly source: Source }[];

/** What every item of one dataset shares: its sources by id, and one list per source cited alone. */
interface Shared {
  readonly sources: ReadonlyMap<string, Source>;
  readonly alone: (source: Source) => readonly Source[];
}

/**
 * One prepared item. The words and the resolved citations are made on first use: a 100k-event dataset
 * draws a few hundred items at a time, and only those (and the ones a search or the panel reads) need
 * them; the first draw makes one object per event.
 */
class PreparedItem implements TimelineItem {
  readonly id: string;
  readonly isWindow: boolean;
  readonly start: FuzzyInterval | null;
  readonly end: FuzzyInterval | null;
  layoutFit: unknown = undefined;
  readonly #shared: Shared;
  #cited: { readonly citations: Cited; readonly sources: readonly Source[] } | undefined;
  #when: string | undefined;
  #searchText: string | undefined;

  constructor(
    readonly event: TimelineEvent,
    readonly show: Show,
    shared: Shared,
  ) {
    this.id = event.id;
    this.isWindow = WINDOW_KINDS.includes(event.kind);
    this.start = event.start == null ? null : edtfInterval(event.start);
    this.end = event.end == null ? null : edtfInterval(event.end);
    this.#shared = shared;
  }

  get citations(): Cited {
    return (this.#cited ??= this.#resolve()).citations;
  }

  get sources(): readonly Source[] {
    return (this.#cited ??= this.#resolve()).sources;
  }

  #resolve(): { readonly citations: Cited; readonly sources: readonly Source[] } {
    const { sources, alone } = this.#shared;
    const { citations: list } = this.event;
    const first = list.length === 1 ? list[0] : undefined;
    const found = first && sources.get(first.source);
    if (first && found) {
      // Most events have one citation: its source list is shared with every other such event.
      return { citations: [{ quote: first.quote, source: found }], sources: alone(found) };
    }
    const citations: { quote: string; source: Source }[] = [];
    const cited: Source[] = [];
    for (const { quote, source } of list) {
      const resolved = sources.get(source);
      if (!resolved) continue;
      citations.push({ quote, source: resolved });
      if (!cited.includes(resolved)) cited.push(resolved);
    }
    return { citations, sources: cited };
  }

  get when(): string {
    return (this.#when ??= eventDateWords(this.event));
  }

  get name(): string {
    const { label, kind, certainty } = this.event;
    return `${label}, ${KIND_LABELS[kind].toLowerCase()}, ${this.when}, ${CERTAINTY_LABELS[certainty].toLowerCase()}`;
  }

  get searchText(): string {
    const { season } = this.event;
    return (this.#searchText ??= findKey(
      [
        this.event.label,
        this.show.title,
        // The season as the chart's short labels and rows say it ("S2"), and in words.
        ...(season == null ? [] : [`S${season} season ${season}`]),
        this.event.note ?? "",
        ...this.event.citations.map((c) => c.quote),
      ].join("\n"),
    ));
  }
}

export function timelineItems(dataset: Dataset): TimelineItem[] {
  const shows = new Map(dataset.shows.map((show) => [show.id, show]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const lists = new Map<Source, readonly Source[]>();
  const alone = (source: Source) => {
    let list = lists.get(source);
    if (list === undefined) lists.set(source, (list = [source]));
    return list;
  };
  const shared: Shared = { sources, alone };
  const items: TimelineItem[] = [];
  for (const event of dataset.events) {
    const show = shows.get(event.show);
    if (show) items.push(new PreparedItem(event, show, shared));
  }
  return items;
}
