import type { Source, TimelineEvent } from "../data/schema.ts";
import type { FuzzyInterval } from "../dates/edtfInterval.ts";
import { claimsAsOf } from "./claimsAsOf.ts";
import type { OverlayDate } from "./itemOverlays.ts";
import { missWords, overlayMisses } from "./overlayMiss.ts";
import { outcomeWords } from "./outcomeWords.ts";

interface DrawnEvent {
  readonly event: TimelineEvent;
  readonly sources: readonly Source[];
  /** Its date as drawn, which an outcome is measured against. */
  readonly start: FuzzyInterval | null;
  readonly end: FuzzyInterval | null;
  readonly isWindow: boolean;
}

/**
 * outcomeWords() for a drawn item, whose citations are those known on the chosen day; with the day's
 * outcome of it (`actual`, itemOverlays), how far it missed, as the table and the scorecard say, and the
 * orders predicted that came out the other way: "…; started 3 April 2017 (Screen Rant); 15 days after the
 * reported start; Player.One reported it before “The Defenders production begins”: it came after".
 */
export function itemOutcomeWords(item: DrawnEvent, actual?: OverlayDate | null): string | null {
  const words = outcomeWords(
    item.event,
    claimsAsOf(item.event, new Map(item.sources.map((s) => [s.id, s])), Infinity),
  );
  if (!words) return null;
  const missed = actual
    ? overlayMisses(item, actual).flatMap((miss) => missWords(miss, item.isWindow) ?? [])
    : [];
  return [words, ...missed, ...(actual?.wrongOrders ?? [])].join("; ");
}
