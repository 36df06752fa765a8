import { utcFormat } from "d3-time-format";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  utcDayOfMonth,
  utcFullDay,
  utcLongDay,
  utcMonthDay,
  utcMonthShort,
  utcMonthYear,
  utcYear,
} from "../../src/dates/utcLabels.ts";
import { timeFormat, utcFormat as shimFormat } from "../../src/dates/timeFormatShim.ts";

// d3-time-format is the oracle: the page writes these few labels itself.
const PAIRS = [
  ["%Y", utcYear],
  ["%b", utcMonthShort],
  ["%b %-d", utcMonthDay],
  ["%-d", utcDayOfMonth],
  ["%b %-d, %Y", utcFullDay],
  ["%b %Y", utcMonthYear],
  ["%-d %B %Y", utcLongDay],
] as const;

describe("utcLabels", () => {
  it("writes 2 May 2016 as the axis and the summary do, and year 99 as 0099", () => {
    const day = new Date(Date.UTC(2016, 4, 2));
    expect(utcFullDay(day)).toBe("May 2, 2016");
    expect(utcLongDay(day)).toBe("2 May 2016");
    const year99 = new Date(Date.UTC(2000, 0, 1));
    year99.setUTCFullYear(99);
    expect(utcYear(year99)).toBe("0099");
  });

  it.each(PAIRS)(
    "gives what d3-time-format gives for %s, on any day of years -9999 to 12000",
    (pattern, ours) => {
      const d3 = utcFormat(pattern);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(-9999, 0, 1), max: Date.UTC(12000, 11, 31) }), (ms) => {
          expect(ours(new Date(ms))).toBe(d3(new Date(ms)));
        }),
        { numRuns: 2000 },
      );
    },
  );

  it("the build's stand-in for d3-time-format makes formats that refuse to be used", () => {
    expect(() => shimFormat("%Y")(new Date(0))).toThrow(TypeError);
    expect(() => timeFormat("%b")(new Date(0))).toThrow(/utcLabels/);
  });
});
