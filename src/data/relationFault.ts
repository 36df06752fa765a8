import type { TimelineEvent } from "./schema.ts";

/** One relation: an event's own or a claim's. */
export type Relation = NonNullable<TimelineEvent["relations"]>[number];

/**
 * Why a relation cannot stand: it names its own event, or one the dataset does not keep, or it repeats one
 * before it in its list (the same order to the same event: said twice, it was listed twice among the
 * contradictions it is part of).
 */
export type RelationFault = "self" | "unknown" | "repeat";

/** The fault of relation `r` of a list (an event's relations, or a claim's), or null. */
export function relationFault(
  list: readonly Relation[],
  r: number,
  eventId: string,
  eventIds: ReadonlySet<string>,
): RelationFault | null {
  const { type, event } = list[r] as Relation;
  if (event === eventId) return "self";
  if (!eventIds.has(event)) return "unknown";
  return list.findIndex((other) => other.type === type && other.event === event) < r ? "repeat" : null;
}
