import { describe, expect, it } from "vitest";
import { edtfInterval } from "../../../src/dates/edtfInterval.ts";
import { missWords, overlayMisses } from "../../../src/model/overlayMiss.ts";
import { day } from "./build.ts";

const dates = (start: string | null, end: string | null = null) => ({
  start: start === null ? null : edtfInterval(start),
  end: end === null ? null : edtfInterval(end),
});

/** The one miss of an outcome that missed on one side at most. */
const overlayMiss = (...args: Parameters<typeof overlayMisses>) => {
  const misses = overlayMisses(...args);
  expect(misses).toHaveLength(1);
  return misses[0];
};

describe("overlayMisses()", () => {
  it("counts the days from the reported window's last day to a later outcome", () => {
    // "2017", and it premiered on 8 March 2018: 67 days after 31 December 2017.
    const miss = overlayMiss(dates("2017"), dates("2018-03-08"));
    expect(miss).toEqual({
      type: "late",
      field: "start",
      days: 67,
      atLeast: false,
      from: day(2018, 1, 1) - 1,
      to: day(2018, 3, 8),
    });
    expect(missWords(miss, false)).toBe("67 days after the reported window");
  });

  it("says nothing of an outcome too coarse to tell: May 2021 against 20 May 2021 may be either side", () => {
    const miss = overlayMiss(dates("2021-05-20"), dates("2021-05"));
    expect(miss).toEqual({ type: "unmeasured" });
    expect(missWords(miss, false)).toBeNull();
    expect(overlayMiss(dates("2021-05"), dates("2021-05-20"))).toEqual({ type: "inside", field: "start" });
  });

  it("counts an earlier outcome back from the window's first day, in the singular for one day", () => {
    const miss = overlayMiss(dates("2016-05"), dates("2016-04-30"));
    expect(miss).toMatchObject({ type: "early", days: 1 });
    expect(missWords(miss, true)).toBe("1 day before the reported start");
  });

  it("is inside when the outcome falls in the window, and an open end cannot be missed late", () => {
    expect(missWords(overlayMiss(dates("2016-09"), dates("2016-09-30")), false)).toBe(
      "inside the reported window",
    );
    expect(overlayMiss(dates("2017/.."), dates("2018-03-08")).type).toBe("inside");
  });

  it("measures the end when one outcome gives both and only the end missed: not inside", () => {
    // Reported March to May 2016; it ran from 10 March to 30 September: the end came 122 days late.
    const miss = overlayMiss(dates("2016-03", "2016-05"), dates("2016-03-10", "2016-09-30"));
    expect(miss).toMatchObject({ type: "late", field: "end", days: 122 });
    expect(missWords(miss, true)).toBe("122 days after the reported end");
    // Both inside is the start's inside.
    expect(overlayMiss(dates("2016-03", "2016-05"), dates("2016-03-10", "2016-05-30"))).toEqual({
      type: "inside",
      field: "start",
    });
  });

  it("measures a window's end against the reported end when the outcome gives only the end", () => {
    // Reported to end in January 2017; it ended in March: 29 days from 31 January to 1 March.
    const miss = overlayMiss(dates("2016-10", "2017-01"), dates(null, "2017-03"));
    expect(miss).toMatchObject({ type: "late", field: "end", days: 29, atLeast: true });
    // Known to its month, it may have ended as late as 31 March: at least 29 days.
    expect(missWords(miss, true)).toBe("at least 29 days after the reported end");
  });

  it("measures both sides of a window that began early and ended late, the start's first", () => {
    // Reported March to May 2016; it ran from 20 February to 30 September.
    const misses = overlayMisses(dates("2016-03", "2016-05"), dates("2016-02-20", "2016-09-30"));
    expect(misses).toMatchObject([
      { type: "early", field: "start", days: 10 },
      { type: "late", field: "end", days: 122 },
    ]);
    expect(misses.map((miss) => missWords(miss, true))).toEqual([
      "10 days before the reported start",
      "122 days after the reported end",
    ]);
  });

  it("cannot measure an undated item", () => {
    expect(overlayMiss(dates(null), dates("2016-07-21"))).toEqual({ type: "unmeasured" });
    expect(missWords({ type: "unmeasured" }, false)).toBeNull();
  });
});
