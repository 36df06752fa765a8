import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { eventClaims, type DatedClaim } from "./eventClaims.ts";
import { lazyMap } from "./lazyMap.ts";

/** A dataset's claims, indexed once: which events a day's reports speak of. */
export interface ClaimsIndex {
  /** The events by id, made on first use. */
  readonly events: ReadonlyMap<string, TimelineEvent>;
  /** The event's claims (eventClaims), in citation order. */
  readonly claimsOf: (event: TimelineEvent) => DatedClaim[];
  /**
   * The events with a claim first shown on `day` (UTC ms, midnight; DatedClaim.shownFrom), in dataset
   * order: those "what changed" speaks of, on exactly the days the as-of control steps to (reportDays).
   */
  readonly shownOn: (day: number) => readonly TimelineEvent[];
  /** The events an order of whose (their own, or a claim's) names the event of `id`, in dataset order. */
  readonly orderedTo: (id: string) => readonly TimelineEvent[];
}

const NONE: readonly TimelineEvent[] = [];
const indexes = new WeakMap<Dataset, ClaimsIndex>();

/**
 * The dataset's claims index, made on first use and kept with the dataset: stepping through days asks for
 * one day's changes at a time, and reading every event's claims for each day cost about 80 ms a step at
 * 20,000 events. It keeps the days, not the claims: an event's claims are read again when asked for (a
 * day's few events), since keeping a million events' claims cost about 150 MB.
 */
export function claimsIndex(dataset: Dataset): ClaimsIndex {
  const kept = indexes.get(dataset);
  if (kept) return kept;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const byDay = new Map<number, TimelineEvent[]>();
  for (const event of dataset.events) {
    let previous: number | undefined;
    for (const { shownFrom: day } of eventClaims(event, sources)) {
      // Claims of one day are usually together: the event is listed once a day.
      if (day === previous) continue;
      previous = day;
      const list = byDay.get(day);
      if (list === undefined) byDay.set(day, [event]);
      else if (list[list.length - 1] !== event) list.push(event);
    }
  }
  let ordering: Map<string, TimelineEvent[]> | null = null;
  const index: ClaimsIndex = {
    events: lazyMap(() => new Map(dataset.events.map((e) => [e.id, e]))),
    claimsOf: (event) => eventClaims(event, sources),
    shownOn: (day) => byDay.get(day) ?? NONE,
    orderedTo: (id) => (ordering ??= orderings(dataset)).get(id) ?? NONE,
  };
  indexes.set(dataset, index);
  return index;
}

/** For each event named in an order, the events giving one, in dataset order: made on the first question. */
function orderings(dataset: Dataset): Map<string, TimelineEvent[]> {
  const by = new Map<string, TimelineEvent[]>();
  for (const event of dataset.events) {
    const named = new Set<string>();
    for (const r of event.relations ?? []) named.add(r.event);
    for (const c of event.citations) for (const r of c.claim?.relations ?? []) named.add(r.event);
    for (const id of named) {
      const list = by.get(id);
      if (list === undefined) by.set(id, [event]);
      else list.push(event);
    }
  }
  return by;
}
