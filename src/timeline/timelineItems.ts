import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import { WINDOW_KINDS, type Dataset, type Show, type Source, type TimelineEvent } from "../data/schema.ts";
import { edtfInterval, type FuzzyInterval } from "./edtfInterval.ts";
import { eventDateWords } from "./eventDateWords.ts";

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
  /** Lower-cased label, quotes, note and show title, for the text search. */
  readonly searchText: string;
}

export function timelineItems(dataset: Dataset): TimelineItem[] {
  const shows = new Map(dataset.shows.map((show) => [show.id, show]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  return dataset.events.flatMap((event) => {
    const show = shows.get(event.show);
    if (!show) return [];
    const when = eventDateWords(event);
    const citations = event.citations.flatMap(({ quote, source }) => {
      const found = sources.get(source);
      return found ? [{ quote, source: found }] : [];
    });
    return [
      {
        id: event.id,
        event,
        show,
        isWindow: WINDOW_KINDS.includes(event.kind),
        start: event.start == null ? null : edtfInterval(event.start),
        end: event.end == null ? null : edtfInterval(event.end),
        when,
        name: `${event.label}, ${KIND_LABELS[event.kind].toLowerCase()}, ${when}, ${CERTAINTY_LABELS[event.certainty].toLowerCase()}`,
        citations,
        sources: [...new Set(citations.map((c) => c.source))],
        searchText: [event.label, show.title, event.note ?? "", ...event.citations.map((c) => c.quote)]
          .join("\n")
          .toLowerCase(),
      },
    ];
  });
}
