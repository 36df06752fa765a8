/** The days the as-of control steps through, and where it starts. */
export interface AsOfDays {
  /** Every day something became known, from the first prediction on (UTC ms, ascending). */
  readonly days: readonly number[];
  /** The newest day a prediction was published: the default. */
  readonly standard: number;
}

export const DAY_MS = 86_400_000;

const isoDayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

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
