import type { Dataset, Source } from "../data/schema.ts";
import { citationSurvey } from "./citationSurvey.ts";
import { eventClaims } from "./eventClaims.ts";

/**
 * How many events are on the timeline on no day, only as things turned out: every page that reports them
 * is undated (eventClaims: shown from no day). The as-of view says so, or they would go unmentioned.
 */
export function undatedOnly(dataset: Dataset): number {
  const { withOutcomes } = citationSurvey(dataset);
  const outcomes = new Set(withOutcomes);
  const dated = new Set(dataset.sources.filter((s) => s.published !== null).map((s) => s.id));
  let sources: ReadonlyMap<string, Source> | null = null;
  let count = 0;
  for (const event of dataset.events) {
    // An event with an outcome (shown once the outcome is known, if no dated page predicts it) is read
    // whole; another is shown from its first dated page.
    const never = outcomes.has(event)
      ? !eventClaims(event, (sources ??= new Map(dataset.sources.map((s) => [s.id, s])))).some((c) =>
          Number.isFinite(c.shownFrom),
        )
      : !event.citations.some((c) => dated.has(c.source));
    if (never) count += 1;
  }
  return count;
}
