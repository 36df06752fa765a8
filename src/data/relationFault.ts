import type { TimelineEvent } from "./schema.ts";

/** One relation: an event's own or a claim's. */
export type Relation = NonNullable<TimelineEvent["relations"]>[number];

/** Why a relation cannot stand: it names its own event, or one the dataset does not keep. */
export type RelationFault = "self" | "unknown";

export function relationFault(
  relation: Relation,
  eventId: string,
  eventIds: ReadonlySet<string>,
): RelationFault | null {
  if (relation.event === eventId) return "self";
  return eventIds.has(relation.event) ? null : "unknown";
}
