import type { Dataset } from "../data/schema.ts";
import type { AsOfDays } from "./asOfParam.ts";
import { reportDays } from "./datasetAsOf.ts";
import { isoDayMs } from "./eventClaims.ts";
import { newestReport } from "./newestReport.ts";
import { predictingSources } from "./predictingSources.ts";

/** Every day something became known from the first prediction on, and the default day (the newest report). */
export function asOfDays(dataset: Dataset): AsOfDays {
  const newest = newestReport(dataset);
  const predicting = predictingSources(dataset);
  // A loop, not Math.min(...days): spreading 125,000 or so arguments overflows the stack.
  let first = Infinity;
  for (const s of dataset.sources) {
    if (s.published !== null && predicting.has(s.id)) first = Math.min(first, isoDayMs(s.published));
  }
  const days = reportDays(dataset).filter((d) => d >= first);
  return { days, standard: newest === null ? Infinity : isoDayMs(newest) };
}
