import type { Source, TimelineEvent } from "../data/schema.ts";
import { claimsAsOf } from "./claimsAsOf.ts";
import { outcomeWords } from "./outcomeWords.ts";

interface DrawnEvent {
  readonly event: TimelineEvent;
  readonly sources: readonly Source[];
}

/**
 * outcomeWords() for a drawn item, whose citations are those known on the chosen day, followed by the
 * orders predicted of it that came out the other way, as the day's overlay words them (`addOrderMisses`):
 * "…; Player.One reported it before “The Defenders production begins”: it came after".
 */
export function itemOutcomeWords(item: DrawnEvent, wrongOrders: readonly string[] = []): string | null {
  const words = outcomeWords(
    item.event,
    claimsAsOf(item.event, new Map(item.sources.map((s) => [s.id, s])), Infinity),
  );
  return words && [words, ...wrongOrders].join("; ");
}
