import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { claimsIndex } from "./claimsIndex.ts";
import type { DatedClaim } from "./eventClaims.ts";

/**
 * The first day (UTC ms) the as-of view shows an event: the first day any of its claims is shown
 * (eventClaims: a prediction from its page's day, an outcome not before the first dated prediction, or, with
 * none, from its own day), as claimsAsOf shows it. Infinity when every page is undated: it is shown only
 * "how it turned out".
 */
export function firstReported(event: TimelineEvent, dataset: Dataset): number {
  return firstReportedIn(claimsIndex(dataset).claimsOf(event));
}

/** firstReported() of an event's claims already read (eventClaims): the first day one of them is shown. */
export function firstReportedIn(claims: readonly DatedClaim[]): number {
  let first = Infinity;
  for (const claim of claims) first = Math.min(first, claim.shownFrom);
  return first;
}
