import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyX,
  invertX,
  isoDay,
  isoDayTime,
  shownWindow,
  itemWindow,
  maxZoom,
  transformWindow,
  windowTransform,
} from "../../../src/dates/zoomWindow.ts";
import { DAY, item, uncheckedItem, utcScale } from "./build.ts";

const FROM = Date.UTC(2016, 0, 1);
const TO = Date.UTC(2018, 0, 1);
const base = utcScale(FROM, TO, [40, 1040]);

function expectSameInstant(actual: Date, expected: number) {
  expect(Math.abs(actual.getTime() - expected)).toBeLessThanOrEqual(1);
}

describe("windowTransform() and transformWindow()", () => {
  it("windowTransform() then transformWindow() gives back the window", () => {
    const from = Date.UTC(2016, 4, 1);
    const to = Date.UTC(2016, 10, 1);
    const t = windowTransform(base, new Date(from), new Date(to), 100);
    expect(t.k).toBeCloseTo(731 / 184, 9);
    const [visibleFrom, visibleTo] = transformWindow(base, t);
    expectSameInstant(visibleFrom, from);
    expectSameInstant(visibleTo, to);
  });

  it("windowTransform() maps the window's start onto the range's start", () => {
    const from = new Date(Date.UTC(2017, 2, 1));
    const t = windowTransform(base, from, new Date(Date.UTC(2017, 5, 1)), 100);
    expect(t.k * base(from) + t.x).toBeCloseTo(40, 9);
  });

  it("windowTransform() gives the identity for the whole domain", () => {
    expect(windowTransform(base, new Date(FROM), new Date(TO), 100)).toEqual({ k: 1, x: 0 });
  });

  it("windowTransform() clamps k to maxK for a window narrower than maxK allows", () => {
    const from = Date.UTC(2016, 4, 1);
    const t = windowTransform(base, new Date(from), new Date(from + DAY), 10);
    expect(t.k).toBe(10);
    const [visibleFrom, visibleTo] = transformWindow(base, t);
    expectSameInstant(visibleFrom, from);
    expectSameInstant(visibleTo, from + (TO - FROM) / 10);
  });

  it("windowTransform() clamps k to 1 for a window wider than the domain", () => {
    const t = windowTransform(base, new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2030, 0, 1)), 10);
    expect(t.k).toBe(1);
  });

  it("transformWindow() of the identity is the domain", () => {
    expect(transformWindow(base, { k: 1, x: 0 })).toEqual([new Date(FROM), new Date(TO)]);
  });
});

describe("maxZoom()", () => {
  it("maxZoom() allows zooming in until two weeks fill the chart", () => {
    expect(maxZoom(utcScale(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), [0, 800]))).toBe(366 / 14);
    expect(maxZoom(utcScale(Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 29), [0, 800]))).toBe(2);
  });

  it("maxZoom() is 1 for a domain of two weeks or less", () => {
    expect(maxZoom(utcScale(Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 8), [0, 800]))).toBe(1);
    expect(maxZoom(utcScale(Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 15), [0, 800]))).toBe(1);
  });
});

/** A UTC midnight, for years of any sign and size (Date.UTC reads 0–99 as 1900–1999). */
function midnight(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

describe("isoDay() and isoDayTime()", () => {
  it("isoDay() gives the UTC day", () => {
    expect(isoDay(new Date(Date.UTC(2016, 8, 30, 23, 59, 59, 999)))).toBe("2016-09-30");
    expect(isoDay(new Date(Date.UTC(2016, 9, 1)))).toBe("2016-10-01");
  });

  it("isoDay() writes years before 0 and after 9999 in full, as ISO 8601's expanded years", () => {
    expect(isoDay(new Date(midnight(-53, 3, 26)))).toBe("-000053-04-26");
    expect(isoDay(new Date(midnight(10117, 8, 12)))).toBe("+010117-09-12");
    expect(isoDay(new Date(midnight(0, 0, 1)))).toBe("0000-01-01");
    expect(isoDay(new Date(midnight(9999, 11, 31)))).toBe("9999-12-31");
  });

  it("isoDayTime() reads back every day isoDay() writes, from 300,000 BCE to 275,000 CE", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (days) => {
        const time = days * DAY;
        expect(isoDayTime(isoDay(new Date(time)))).toBe(time);
      }),
    );
  });

  it("isoDayTime() is NaN for a day the calendar lacks, another spelling, or a time", () => {
    for (const text of [
      "2016-02-30",
      "2016-5-1",
      "+002016-05-01",
      "-000000-01-01",
      "2016-05-01T00:00",
      "x",
    ]) {
      expect(isoDayTime(text), text).toBeNaN();
    }
    expect(isoDayTime("-000053-04-26")).toBe(midnight(-53, 3, 26));
  });
});

describe("itemWindow()", () => {
  it("itemWindow() pads a day by 30 days a side", () => {
    expect(itemWindow(item("r", { start: "2016-09-30" }))).toEqual({ from: "2016-08-31", to: "2016-10-30" });
  });

  it("itemWindow() pads a long window by 30% of its extent a side", () => {
    // 1 May to the end of 31 October 2016 is 184 days: 55.2 days a side.
    const window = itemWindow(item("f", { kind: "filming", start: "2016-05", end: "2016-10" }));
    expect(window).toEqual({ from: "2016-03-06", to: "2016-12-26" });
  });

  it("itemWindow() uses the known sides of open dates, and gives the open side half a year", () => {
    // "30 September 2016 or later": a month before it, half a year after (its fade has room).
    expect(itemWindow(item("r", { start: "2016-09-30/.." }))).toEqual({
      from: "2016-08-31",
      to: "2017-03-31",
    });
    expect(itemWindow(item("r", { start: "../2016-09-30" }))).toEqual({
      from: "2016-04-01",
      to: "2016-10-30",
    });
    // A window's end left open: half a year after the end's known side, 1 January 2017.
    expect(itemWindow(item("f", { kind: "filming", start: "2016-09-30", end: "2017/.." }))).toEqual({
      from: "2016-08-31",
      to: "2017-07-02",
    });
  });

  it("itemWindow() is null for an item with no date, or none that is finite", () => {
    expect(itemWindow(item("u"))).toBeNull();
    expect(itemWindow(uncheckedItem("r", { start: "../.." }))).toBeNull();
  });
});

describe("a requested window is clamped to what can be shown", () => {
  it("windowTransform() of a window wider than the data shows everything, not panned to its start", () => {
    // The bug: /?from=2015-01-01&to=2018-01-01 left the view panned to 2015, cutting off the end.
    const t = windowTransform(base, new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2018, 0, 1)), 10);
    expect(t).toEqual({ k: 1, x: 0 });
    expect(shownWindow(base, t)).toBeNull();
  });

  it("windowTransform() of a window far outside the data does not show empty years", () => {
    const t = windowTransform(base, new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 0, 1)), 10);
    const [from, to] = transformWindow(base, t);
    expectSameInstant(from, FROM);
    expectSameInstant(to, TO);
  });

  it("windowTransform() cuts a window hanging off either end to the plotted time, not moving it", () => {
    const cut = (from: number, to: number) =>
      shownWindow(base, windowTransform(base, new Date(from), new Date(to), 10));
    // July 2017 to July 2018, where the plot ends on 1 January 2018: July to December 2017, not January to
    // December (months the window never named).
    expect(cut(Date.UTC(2017, 6, 1), Date.UTC(2018, 6, 1))).toEqual({ from: "2017-07-01", to: "2018-01-01" });
    expect(cut(Date.UTC(2015, 6, 1), Date.UTC(2016, 6, 1))).toEqual({ from: "2016-01-01", to: "2016-07-01" });
  });

  it("applyX() and invertX() undo each other", () => {
    const t = { k: 3, x: -250 };
    expect(invertX(t, applyX(t, 123))).toBeCloseTo(123, 9);
  });
});
