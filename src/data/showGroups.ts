import { edtfInterval } from "../timeline/edtfInterval.ts";
import { eventDateWords } from "../timeline/eventDateWords.ts";
import type { Dataset, Show, Source, TimelineEvent } from "./schema.ts";

export interface CitationRow {
  readonly quote: string;
  readonly source: Source;
}

export interface EventRow {
  readonly event: TimelineEvent;
  /** The date in words, e.g. "late 2016, approximately". */
  readonly when: string;
  readonly citations: readonly CitationRow[];
}

export interface ShowGroup {
  readonly show: Show;
  readonly rows: readonly EventRow[];
}

/** Events grouped by show (in dataset order), each group in time order with undated events last. */
export function showGroups(dataset: Dataset): ShowGroup[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const earliest = (event: TimelineEvent) =>
    event.start == null ? Infinity : edtfInterval(event.start).earliest;
  return dataset.shows.map((show) => ({
    show,
    rows: dataset.events
      .filter((event) => event.show === show.id)
      .map((event) => ({ event, key: earliest(event) }))
      .sort((a, b) => a.key - b.key || a.event.id.localeCompare(b.event.id))
      .map(({ event }) => ({
        event,
        when: eventDateWords(event),
        citations: event.citations.flatMap(({ source, quote }) => {
          const found = sources.get(source);
          return found ? [{ quote, source: found }] : [];
        }),
      })),
  }));
}
