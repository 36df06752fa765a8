import { utcFormat } from "d3-time-format";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { dateWords } from "../../src/dates/dateWords.ts";
import { loadEdtfGrammar } from "../../src/dates/edtfGrammar.ts";
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

/** 1 January of `year` (Date.UTC would read 0 to 99 as 1900 to 1999). */
function inYear(year: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date;
}

/** A year in EDTF: four digits, a sign before a year before 0, a Y before one of five digits. */
const edtfYear = (year: number) =>
  year > 9999 ? `Y${year}` : `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;

beforeAll(() => loadEdtfGrammar());

describe("utcLabels", () => {
  it("writes 2 May 2016 as the axis and the summary do, and year 99 as 99, year 0 as 1 BCE", () => {
    const day = new Date(Date.UTC(2016, 4, 2));
    expect(utcFullDay(day)).toBe("May 2, 2016");
    expect(utcLongDay(day)).toBe("2 May 2016");
    expect(utcYear(inYear(99))).toBe("99");
    expect(utcYear(inYear(0))).toBe("1 BCE");
    expect(utcLongDay(inYear(-5))).toBe("1 January 6 BCE");
  });

  // Only in years 1000 to 9999: outside them d3's `%Y` pads ("0099", "-0005") and wraps (12000 as "2000"),
  // no way to write a year for a reader; there the labels write it as the tooltips do (the next test).
  it.each(PAIRS)(
    "gives what d3-time-format gives for %s, on any day of years 1000 to 9999",
    (pattern, ours) => {
      const d3 = utcFormat(pattern);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
          expect(ours(new Date(ms))).toBe(d3(new Date(ms)));
        }),
        { numRuns: 2000 },
      );
    },
  );

  it("writes any year from 9999 BCE to 12000 as the tooltips and the table write it", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9998, max: 12000 }), (year) => {
        expect(utcYear(inYear(year))).toBe(dateWords(edtfYear(year)));
      }),
      { numRuns: 2000 },
    );
  });

  it("the build's stand-in for d3-time-format makes formats that refuse to be used", () => {
    expect(() => shimFormat("%Y")()).toThrow(TypeError);
    expect(() => timeFormat("%b")()).toThrow("d3-time-format %b");
  });
});
