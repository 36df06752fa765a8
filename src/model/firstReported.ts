import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { claimsIndex } from "./claimsIndex.ts";

/**
 * The first day (UTC ms) the as-of view shows an event: its first dated prediction's (claimsAsOf keeps an
 * event unreported until one is known), or for an event no dated page predicted, its first outcome's.
 * Infinity when every page is undated: it is shown only "how it turned out".
 */
export function firstReported(event: TimelineEvent, dataset: Dataset): number {
  const claims = claimsIndex(dataset).claimsOf(event);
  const predictions = claims.filter((claim) => !claim.outcome && claim.shownFrom !== Infinity);
  let first = Infinity;
  for (const claim of predictions.length > 0 ? predictions : claims) first = Math.min(first, claim.shownFrom);
  return first;
}
