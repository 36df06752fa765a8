import { edtfInterval } from "../dates/edtfInterval.ts";
import { yearWords } from "../dates/yearWords.ts";
import type { TimelineEvent } from "./schema.ts";
import { yearOf, type YearBand } from "./yearBand.ts";

/**
 * Why an event's date is worth checking, for an event outsideBand() finds: a year far from when the dataset's
 * sources were published (`2106` among sources of 2016, `0216`, `-2016`), a typo most likely, which would
 * also stretch the chart's axis over centuries. Null when neither date is.
 */
export function farYears(
  event: TimelineEvent,
  band: YearBand,
): { readonly field: "start" | "end"; readonly reason: string } | null {
  for (const field of ["start", "end"] as const) {
    const value = event[field];
    if (value == null) continue;
    const { earliest, latest } = edtfInterval(value);
    // The end that reaches furthest past the band: an interval's either end may (`../0216`, `2106/..`).
    const years = [yearOf(earliest), yearOf(latest)];
    const after = Math.max(...years.filter((y) => y > band.to));
    const before = Math.min(...years.filter((y) => y < band.from));
    const [year, gap, side, published] =
      after > -Infinity
        ? [after, after - band.newest, "after the newest", band.newest]
        : before < Infinity
          ? [before, band.oldest - before, "before the oldest", band.oldest]
          : [NaN, 0, "", 0];
    if (gap > 0)
      return {
        field,
        reason: `${value} reaches ${yearWords(year)}, ${gap.toLocaleString("en")} years ${side} source's publication (${published}): check its year`,
      };
  }
  return null;
}
