import { KIND_LABELS, RELATION_LABELS } from "../data/labels.ts";
import type { TimelineEvent } from "../data/schema.ts";

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
      if (!other) return `${RELATION_LABELS[r.type]} ${r.event}`;
      const season = other.season === undefined ? "" : ` season ${other.season}`;
      return `${RELATION_LABELS[r.type]} ${showTitle(other.show)}${season} ${KIND_LABELS[other.kind].toLowerCase()}`;
    })
    .join(", ");
}
