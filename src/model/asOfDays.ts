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
  const predicted = dataset.sources
    .filter((s) => s.published !== null && predicting.has(s.id))
    .map((s) => isoDayMs(s.published ?? ""));
  const first = Math.min(...predicted);
  const days = reportDays(dataset).filter((d) => d >= first);
  return { days, standard: newest === null ? Infinity : isoDayMs(newest) };
}
