import { edtfInterval } from "../dates/edtfInterval.ts";
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
    const [first, last] = [yearOf(earliest), yearOf(latest)];
    const [gap, side, published] =
      last > band.to
        ? [last - band.newest, "after the newest", band.newest]
        : first < band.from
          ? [band.oldest - first, "before the oldest", band.oldest]
          : [0, "", 0];
    if (gap > 0)
      return {
        field,
        reason: `${value} is ${gap.toLocaleString("en")} years ${side} source's publication (${published}): check its year`,
      };
  }
  return null;
}
