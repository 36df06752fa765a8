import type { Dataset } from "../data/schema.ts";
import type { AsOfDays } from "./asOfParam.ts";
import { reportDays } from "./reportDays.ts";
import { isoDayMs } from "./eventClaims.ts";
import { newestReport } from "./newestReport.ts";

/**
 * Every day something is first shown (reportDays: from the first prediction on, since no outcome is shown
 * before its event is reported), and the default day (the newest report). The days "what changed" lists
 * something for, exactly: Next and Previous report never stop on a day with nothing to say.
 */
export function asOfDays(dataset: Dataset): AsOfDays {
  const newest = newestReport(dataset);
  return { days: reportDays(dataset), standard: newest === null ? Infinity : isoDayMs(newest) };
}
