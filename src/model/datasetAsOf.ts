import type { Dataset, Source, TimelineEvent } from "../data/schema.ts";
import { claimsAsOf } from "./claimsAsOf.ts";
import { eventClaims } from "./eventClaims.ts";

/**
 * The dataset as it stood on a day (UTC ms; Infinity: how it turned out): only the events reported by
 * then, each with its date and certainty of that day, and only the citations known by then. Relations to
 * events not yet reported are left out. Everything downstream (chart, table, filters, search) reads this.
 */
export function datasetAsOf(dataset: Dataset, day: number): Dataset {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const events: TimelineEvent[] = [];
  for (const event of dataset.events) {
    const asOf = claimsAsOf(event, sources, day);
    if (asOf.state === "unreported") continue;
    const known = new Set([...asOf.predictions, ...asOf.outcomes].map((c) => c.index));
    const citations = event.citations.filter((_, i) => known.has(i));
    if (citations.length === event.citations.length && asOf.current === "own") {
      events.push(event);
      continue;
    }
    const { start, end, relations, certainty } = asOf;
    const changed: TimelineEvent = { ...event, certainty, citations };
    if (start === null) delete changed.start;
    else changed.start = start;
    if (end === null) delete changed.end;
    else changed.end = end;
    if (relations.length === 0) delete changed.relations;
    else changed.relations = [...relations];
    events.push(changed);
  }
  const ids = new Set(events.map((e) => e.id));
  const kept = events.map((e) =>
    e.relations?.every((r) => ids.has(r.event)) !== false
      ? e
      : { ...e, relations: e.relations.filter((r) => ids.has(r.event)) },
  );
  // Unchanged (the default day, on most datasets): the same object, so nothing downstream is redone.
  if (kept.length === dataset.events.length && kept.every((e, i) => e === dataset.events[i])) return dataset;
  return { ...dataset, events: kept };
}

/** Every day a reader learns something new (UTC ms, ascending): report days and outcome days. */
export function reportDays(dataset: Dataset): number[] {
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const days = new Set<number>();
  for (const event of dataset.events) {
    for (const claim of eventClaims(event, sources))
      if (Number.isFinite(claim.knownFrom)) days.add(claim.knownFrom);
  }
  return [...days].sort((a, b) => a - b);
}
