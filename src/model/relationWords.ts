import { RELATION_LABELS } from "../data/labels.ts";
import type { TimelineEvent } from "../data/schema.ts";
import { eventWords } from "./eventWords.ts";

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/** How many events share each show, season and kind, per map of events. */
const shared = new WeakMap<ReadonlyMap<string, TimelineEvent>, Map<string, number>>();

function namesake(events: ReadonlyMap<string, TimelineEvent>, event: TimelineEvent): boolean {
  let counts = shared.get(events);
  if (counts === undefined) {
    counts = new Map();
    for (const e of events.values()) {
      const key = `${e.show} ${e.season} ${e.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    shared.set(events, counts);
  }
  return (counts.get(`${event.show} ${event.season} ${event.kind}`) ?? 0) > 1;
}

/**
 * "after The Defenders production": the order a claim gave, naming the other event by show, season and kind,
 * and by its label too when another event has those ("after The Punisher season 1 announcement “Punisher
 * spinoff still only a possibility”": an announcement said to follow "The Punisher season 1 announcement"
 * read as following itself).
 */
export function relationWords(
  relations: readonly Relation[],
  events: ReadonlyMap<string, TimelineEvent>,
  showTitle: (id: string) => string,
): string {
  return relations
    .map((r) => {
      const other = events.get(r.event);
      if (!other) return `${RELATION_LABELS[r.type]} ${r.event}`;
      const label = namesake(events, other) ? ` “${other.label}”` : "";
      return `${RELATION_LABELS[r.type]} ${eventWords(other, showTitle)}${label}`;
    })
    .join(", ");
}
