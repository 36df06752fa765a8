import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { isoDayMs } from "./eventClaims.ts";

/** What the page needs to know of every citation (and relation) before the first draw, read in one pass. */
export interface CitationSurvey {
  /** The ids of the sources that make a prediction (cited other than as an outcome). */
  readonly predicting: ReadonlySet<string>;
  /** The events with an outcome among their citations, in dataset order: only these need claims read. */
  readonly withOutcomes: readonly TimelineEvent[];
  /**
   * The day the last page cited was published (Infinity for an undated one) when every citation is a
   * plain prediction of a known source (no claim, no outcome); else null. settledDay() reads it.
   */
  readonly lastPlainDay: number | null;
  /**
   * Whether an event has relations: settledDay() then checks that each names an event, and
   * relationContradictions() looks for a cycle; without any, neither reads the events again.
   */
  readonly related: boolean;
}

const memo = new WeakMap<Dataset, CitationSurvey>();

/**
 * One pass over every citation, remembered per dataset. The latest report, the as-of days, the day the
 * dataset settles and its contradictions each needed a pass of their own: at 100k events each cost about
 * 10 ms before the first draw (in Node, cold), most of it in reaching the objects.
 */
export function citationSurvey(dataset: Dataset): CitationSurvey {
  let survey = memo.get(dataset);
  if (survey === undefined) memo.set(dataset, (survey = surveyed(dataset)));
  return survey;
}

function surveyed(dataset: Dataset): CitationSurvey {
  const published = new Map<string, number>();
  for (const s of dataset.sources)
    published.set(s.id, s.published === null ? Infinity : isoDayMs(s.published));
  const predicting = new Set<string>();
  const withOutcomes: TimelineEvent[] = [];
  let plain = true;
  let related = false;
  let last = -Infinity;
  for (const event of dataset.events) {
    let outcome = false;
    for (const c of event.citations) {
      if (c.outcome === true) outcome = true;
      else predicting.add(c.source);
      if (!plain) continue;
      const day = published.get(c.source);
      if (c.claim !== undefined || c.outcome === true || day === undefined) plain = false;
      else if (day > last) last = day;
    }
    if (outcome) withOutcomes.push(event);
    if (event.relations !== undefined) related = true;
  }
  return { predicting, withOutcomes, lastPlainDay: plain ? last : null, related };
}
