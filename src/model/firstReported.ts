import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { claimsIndex } from "./claimsIndex.ts";

/**
 * The first day (UTC ms) the as-of view shows an event: the first day any of its claims is shown
 * (eventClaims: a prediction from its page's day, an outcome not before the first dated prediction, or, with
 * none, from its own day), as claimsAsOf shows it. Infinity when every page is undated: it is shown only
 * "how it turned out".
 */
export function firstReported(event: TimelineEvent, dataset: Dataset): number {
  let first = Infinity;
  for (const claim of claimsIndex(dataset).claimsOf(event)) first = Math.min(first, claim.shownFrom);
  return first;
}
