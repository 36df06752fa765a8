import type { Source, TimelineEvent } from "../data/schema.ts";
import { claimsAsOf, outcomeGiving } from "./claimsAsOf.ts";
import { orderMisses, orderMissWords } from "./orderMisses.ts";
import { outcomeWords } from "./outcomeWords.ts";

interface DrawnEvent {
  readonly event: TimelineEvent;
  readonly sources: readonly Source[];
}

const asItWent = (item: DrawnEvent) =>
  claimsAsOf(item.event, new Map(item.sources.map((s) => [s.id, s])), Infinity);

/**
 * outcomeWords() for a drawn item, whose citations are those known on the chosen day; with `drawn` (the
 * day's item of another event, null for none), the orders predicted that came out the other way after it:
 * "…; Player.One reported it before “The Defenders production begins”: it came after".
 */
export function itemOutcomeWords(
  item: DrawnEvent,
  drawn?: (eventId: string) => DrawnEvent | null,
): string | null {
  const asOf = asItWent(item);
  const words = outcomeWords(item.event, asOf);
  if (words === null || !drawn || asOf.state !== "reported") return words;
  const misses = orderMisses(asOf.predictions, asOf.outcomes, (id) => {
    const other = drawn(id);
    const state = other && asItWent(other);
    return state?.state === "reported" ? outcomeGiving(state.outcomes, "start") : null;
  });
  const label = (id: string) => drawn(id)?.event.label ?? id;
  return [words, ...misses.map((miss) => orderMissWords(miss, label))].join("; ");
}
