import type { Dataset } from "../data/schema.ts";
import type { AsOfDays } from "./asOfParam.ts";
import { reportDays } from "./datasetAsOf.ts";
import { isoDayMs } from "./eventClaims.ts";
import { newestReport } from "./newestReport.ts";

/** Every day something became known from the first prediction on, and the default day (the newest report). */
export function asOfDays(dataset: Dataset): AsOfDays {
  const newest = newestReport(dataset);
  const predicted = dataset.sources
    .filter((s) => s.published !== null)
    .filter((s) =>
      dataset.events.some((e) => e.citations.some((c) => c.source === s.id && c.outcome !== true)),
    )
    .map((s) => isoDayMs(s.published ?? ""));
  const first = Math.min(...predicted);
  const days = reportDays(dataset).filter((d) => d >= first);
  return { days, standard: newest === null ? Infinity : isoDayMs(newest) };
}
