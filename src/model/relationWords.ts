import { RELATION_LABELS } from "../data/labels.ts";
import type { TimelineEvent } from "../data/schema.ts";
import { eventWords } from "./eventWords.ts";

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/** "after The Defenders production": the order a claim gave, naming the other event by show, season and kind. */
export function relationWords(
  relations: readonly Relation[],
  events: ReadonlyMap<string, TimelineEvent>,
  showTitle: (id: string) => string,
): string {
  return relations
    .map((r) => {
      const other = events.get(r.event);
      return `${RELATION_LABELS[r.type]} ${other ? eventWords(other, showTitle) : r.event}`;
    })
    .join(", ");
}
