import type { Source, TimelineEvent } from "../data/schema.ts";
import { eventClaims } from "./eventClaims.ts";

/**
 * The first day (UTC ms) the as-of view shows an event: its first prediction's (claimsAsOf keeps an event
 * unreported until one is known). Infinity when every prediction is on an undated page: it is shown only
 * "how it turned out".
 */
export function firstReported(event: TimelineEvent, sources: ReadonlyMap<string, Source>): number {
  let first = Infinity;
  for (const claim of eventClaims(event, sources)) {
    if (!claim.outcome) first = Math.min(first, claim.knownFrom);
  }
  return first;
}
