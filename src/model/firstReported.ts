import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { claimsIndex } from "./claimsIndex.ts";

/**
 * The first day (UTC ms) the as-of view shows an event: its first prediction's (claimsAsOf keeps an event
 * unreported until one is known). Infinity when every prediction is on an undated page: it is shown only
 * "how it turned out".
 */
export function firstReported(event: TimelineEvent, dataset: Dataset): number {
  let first = Infinity;
  for (const claim of claimsIndex(dataset).claimsOf(event)) {
    if (!claim.outcome) first = Math.min(first, claim.knownFrom);
  }
  return first;
}
