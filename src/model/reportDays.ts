import type { Dataset, Source } from "../data/schema.ts";
import { citationSurvey } from "./citationSurvey.ts";
import { eventClaims, isoDayMs } from "./eventClaims.ts";

/**
 * Every day the as-of view shows something new (UTC ms, ascending): the days of predictions, and of
 * outcomes once their event is reported (DatedClaim.shownFrom). Exactly the days "what changed" has a line
 * for (changesOn): an outcome of an event no report has named yet is listed, and stepped to, on the day
 * the event first appears. A prediction is shown from its page's day, so those are the predicting
 * sources' days (citationSurvey, one pass that the latest report shares); only events with an outcome
 * need their claims read.
 */
export function reportDays(dataset: Dataset): number[] {
  const { predicting, withOutcomes } = citationSurvey(dataset);
  const days = new Set<number>();
  for (const s of dataset.sources)
    if (s.published !== null && predicting.has(s.id)) days.add(isoDayMs(s.published));
  if (withOutcomes.length > 0) {
    const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
    for (const event of withOutcomes)
      for (const claim of eventClaims(event, sources))
        if (Number.isFinite(claim.shownFrom)) days.add(claim.shownFrom);
  }
  return [...days].sort((a, b) => a - b);
}
