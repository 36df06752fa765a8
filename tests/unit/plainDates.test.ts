import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateWords, grammarWords } from "../../src/dates/dateWords.ts";
import { isDrawableEdtf } from "../../src/dates/isDrawableEdtf.ts";
import {
  edtfInterval,
  grammarInterval,
  plainDate,
  plainRange,
  plainSeason,
} from "../../src/dates/edtfInterval.ts";
import { pad, plainDateText } from "./plainDateText.ts";

const plain = plainDateText;
/** Near years, so that many ranges are in order, some overlap and some are reversed. */
const near = fc
  .tuple(
    fc.integer({ min: 2014, max: 2017 }),
    fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
    fc.constantFrom("", "~", "?", "%"),
  )
  .map(([y, m, d, q]) =>
    m === undefined
      ? `${y}${q}`
      : d === undefined
        ? `${y}-${pad(m, 2)}${q}`
        : `${y}-${pad(m, 2)}-${pad(d, 2)}${q}`,
  );
const end = fc.oneof(plain, near, near, fc.constantFrom("..", ""));
const range = fc.tuple(end, end).map(([a, b]) => `${a}/${b}`);

describe("plain dates and ranges, read without the EDTF grammar", () => {
  it("give the grammar's interval and words for every plain date they take (fast-check)", () => {
    fc.assert(
      fc.property(fc.oneof(plain, near), (value) => {
        if (plainDate(value) === null) return;
        // The edtf library reads 29 February of year 0, a day of ISO 8601's leap year 0, as 1 March, so
        // it names that day 1 March and ends the 28th a day late, qualified or not ("0000-02-28?"): the
        // grammar is no yardstick there (the test below holds those days to Date's own calendar).
        if (value.startsWith("0000-02-29")) return;
        expect(dateWords(value)).toBe(grammarWords(value));
        if (value.startsWith("0000-02-28")) return;
        expect(edtfInterval(value)).toEqual(grammarInterval(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("take a day exactly when the calendar has it, leap years and month ends included", () => {
    for (const year of [0, 4, 99, 100, 400, 1900, 2000, 2015, 2016, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          // Date's own calendar: the day is real when setting it changes neither month nor day.
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real =
            month >= 1 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(plainDate(text) !== null, text).toBe(real);
          if (real) expect(edtfInterval(text).earliest, text).toBe(date.getTime());
        }
      }
    }
  });

  it("read 28 February of year 0 as one day, where the edtf library reads two", () => {
    // Date.UTC() reads years below 100 as 19xx: the year is set on its own.
    const day = new Date(0).setUTCFullYear(0, 1, 28);
    expect(edtfInterval("0000-02-28")).toEqual({
      earliest: day,
      latest: day + 86_400_000 - 1,
      approximate: false,
      uncertain: false,
    });
    expect(grammarInterval("0000-02-28")?.latest).toBe(day + 2 * 86_400_000 - 1);
    // Qualified, the same day (the property above met "0000-02-28?" in a CI run).
    expect(edtfInterval("0000-02-28?")).toEqual({
      earliest: day,
      latest: day + 86_400_000 - 1,
      approximate: false,
      uncertain: true,
    });
  });

  it("give the grammar's interval and words for every range they take, and take only what it reads (fast-check)", () => {
    fc.assert(
      fc.property(range, (value) => {
        // In a range the edtf library reads 29 February of year 0 (a leap year in ISO 8601) as 1 March,
        // and may end the 28th a day late as it does alone (above); the plain path keeps the day, so the
        // grammar is no yardstick there.
        if (plainRange(value) === null || /0000-02-2[89]/.test(value)) return;
        expect(grammarInterval(value)).not.toBeNull();
        expect(edtfInterval(value)).toEqual(grammarInterval(value));
        expect(dateWords(value)).toBe(grammarWords(value));
        expect(isDrawableEdtf(value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("give the grammar's interval and words for every season they take (fast-check)", () => {
    const season = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 21, max: 24 }),
        fc.constantFrom("", "~", "?", "%"),
      )
      .map(([y, code, q]) => `${pad(y, 4)}-${code}${q}`);
    fc.assert(
      fc.property(season, (value) => {
        if (plainSeason(value) === null) return;
        expect(edtfInterval(value)).toEqual(grammarInterval(value));
        expect(dateWords(value)).toBe(grammarWords(value));
      }),
      { numRuns: 1000 },
    );
  });

  it("take the bundled dataset's kinds of range, and leave the close calls to the grammar", () => {
    for (const value of ["../2016-01-17", "2017/..", "2016-10~/2016-12~", "2016-01-17/2016-05-13", "/2017"]) {
      expect(plainRange(value), value).not.toBeNull();
    }
    for (const value of ["2016/2015", "2016-05/2016", "../..", "2016-21/2017", "2016/2017/2018"]) {
      expect(plainRange(value), value).toBeNull();
    }
    expect(dateWords("2016-10~/2016-12~")).toBe("late 2016, approximately");
    expect(dateWords("2015-23")).toBe("autumn 2015");
    expect(plainSeason("2015-23~")).toBeNull();
    // seasonBounds() reads years 0–99 through Date.UTC: the grammar keeps those.
    expect(plainSeason("0099-21")).toBeNull();
  });
});
