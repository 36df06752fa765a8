import type { Dataset } from "../data/schema.ts";
import { reportDays } from "./datasetAsOf.ts";
import { isoDayMs } from "./eventClaims.ts";
import { newestReport } from "./newestReport.ts";

/** The days the as-of control steps through, and where it starts. */
export interface AsOfDays {
  /** Every day something became known, from the first prediction on (UTC ms, ascending). */
  readonly days: readonly number[];
  /** The newest day a prediction was published: the default. */
  readonly standard: number;
}

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

/** The `asof` URL value → the day (UTC ms): an ISO day, "end" (Infinity), or the default. */
export function asOfDay(value: string | null, days: AsOfDays): number {
  if (value === "end") return Infinity;
  if (value === null) return days.standard;
  return isoDayMs(value);
}

/** A day → its `asof` URL value; the default is left out of the URL. */
export function asOfParam(day: number, days: AsOfDays): string | null {
  if (day === days.standard) return null;
  if (!Number.isFinite(day)) return "end";
  return new Date(day).toISOString().slice(0, 10);
}
