import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { claimsAsOf, type EventAsOf } from "./claimsAsOf.ts";

/**
 * The dataset as it stood on a day (UTC ms; Infinity: how it turned out): only the events reported by
 * then, each with its date and certainty of that day, and only the citations known by then. Relations to
 * events not yet reported are left out. Everything downstream (chart, table, filters, search) reads this.
 */
export function datasetAsOf(dataset: Dataset, day: number): Dataset {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const events: TimelineEvent[] = [];
  for (const event of dataset.events) {
    const asOf = eventAsOf(event, claimsAsOf(event, sources, day));
    if (asOf !== null) events.push(asOf);
  }
  return withEventsAsOf(dataset, events);
}

/**
 * One event as it stood on a day, from what was known of it then (claimsAsOf): null while unreported, the
 * event itself once it stands as its own fields say with every citation known, else a changed copy (its
 * note only once it stands as its own fields say).
 */
export function eventAsOf(event: TimelineEvent, asOf: EventAsOf): TimelineEvent | null {
  if (asOf.state === "unreported") return null;
  const known = new Set<number>();
  for (const c of asOf.predictions) known.add(c.index);
  for (const c of asOf.outcomes) known.add(c.index);
  if (known.size === event.citations.length && asOf.current === "own") return event;
  const citations = event.citations.filter((_, i) => known.has(i));
  const { start, end, relations, certainty } = asOf;
  const changed: TimelineEvent = { ...event, certainty, citations };
  if (start === null) delete changed.start;
  else changed.start = start;
  if (end === null) delete changed.end;
  else changed.end = end;
  if (relations.length === 0) delete changed.relations;
  else changed.relations = [...relations];
  // The event's note is the dataset's word on its own fields, written knowing what was reported last: it
  // comes with them, not before (a note of 11 May's report is not shown, nor searched, on 2 May).
  if (asOf.current !== "own") delete changed.note;
  return changed;
}

/**
 * The dataset with the events of a day (eventAsOf's, in dataset order): relations to events not yet
 * reported are left out; when nothing changed, the dataset itself, so that nothing downstream is redone.
 */
export function withEventsAsOf(dataset: Dataset, events: readonly TimelineEvent[]): Dataset {
  const ids = new Set(events.map((e) => e.id));
  const kept = events.map((e) =>
    e.relations?.every((r) => ids.has(r.event)) !== false
      ? e
      : { ...e, relations: e.relations.filter((r) => ids.has(r.event)) },
  );
  if (kept.length === dataset.events.length && kept.every((e, i) => e === dataset.events[i])) return dataset;
  return { ...dataset, events: kept };
}
