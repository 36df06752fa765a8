import { describe, expect, it } from "vitest";
import {
  OPEN_FADE,
  itemGeometry,
  type ItemGeometry,
  type Segment,
} from "../../../src/layout/itemGeometry.ts";
import { item, uncheckedItem, utcScale } from "./build.ts";

/** Two pixels a day across 2016 and 2017: a day is narrower than a point, a month is a span. */
const scale = utcScale(Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1), [0, 1462]);
const x = (ms: number) => scale(ms);
const CLIP = [-100, 1562] as const;
/** The last instant of the day before `Date.UTC(y, m, d)`: where a month or day ends. */
const before = (y: number, m: number, d: number) => Date.UTC(y, m, d) - 1;

const segment = (over: Partial<Segment> & Pick<Segment, "x0" | "x1">): Segment => ({
  style: "span",
  approximate: false,
  uncertain: false,
  openStart: false,
  openEnd: false,
  ...over,
});

function coordinates(geometry: ItemGeometry): number[] {
  return [geometry.x0, geometry.x1, geometry.markerX, ...geometry.segments.flatMap((s) => [s.x0, s.x1])];
}

function expectWellFormed(geometry: ItemGeometry, clip: readonly [number, number] = CLIP) {
  for (const value of coordinates(geometry)) {
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(clip[0]);
    expect(value).toBeLessThanOrEqual(clip[1]);
  }
  expect(geometry.x0).toBeLessThanOrEqual(geometry.x1);
  for (const s of geometry.segments) expect(s.x0).toBeLessThanOrEqual(s.x1);
}

describe("itemGeometry()", () => {
  it("itemGeometry() draws a day-precision milestone as an exact marker on that day", () => {
    const geometry = itemGeometry(item("r", { start: "2016-09-30" }), x, CLIP);
    expect(geometry.segments).toEqual([]);
    expect(geometry.exact).toBe(true);
    expect(geometry.markerX).toBeCloseTo(x(Date.UTC(2016, 8, 30, 12)), 6);
    // The extent still covers the whole day, for the hit area.
    expect(geometry.x0).toBe(x(Date.UTC(2016, 8, 30)));
    expect(geometry.x1).toBe(x(before(2016, 9, 1)));
  });

  it("itemGeometry() draws a month-precision milestone as one span over the month, marker in its middle", () => {
    const geometry = itemGeometry(item("r", { start: "2016-05" }), x, CLIP);
    expect(geometry.exact).toBe(false);
    expect(geometry.segments).toEqual([segment({ x0: x(Date.UTC(2016, 4, 1)), x1: x(before(2016, 5, 1)) })]);
    expect(geometry.segments[0]?.x0).toBeCloseTo(242, 6);
    expect(geometry.segments[0]?.x1).toBeCloseTo(304, 6);
    expect(geometry.markerX).toBeCloseTo(273, 6);
    expect([geometry.x0, geometry.x1]).toEqual([geometry.segments[0]?.x0, geometry.segments[0]?.x1]);
  });

  it("itemGeometry() keeps a month's marker on the middle of the month when the view cuts its span", () => {
    // May 2016 spans 242 to 304 px, its middle at 273: views that cut it at 260 or at 290 leave the
    // marker there (it stood at the middle of the part in view, 282 or 266, another day each time); a
    // view that ends before the middle keeps it at the clip's edge, off the view.
    const month = item("r", { start: "2016-05" });
    for (const clip of [[260, 1562] as const, [-100, 290] as const]) {
      expect(itemGeometry(month, x, clip).markerX).toBeCloseTo(273, 6);
    }
    expect(itemGeometry(month, x, [-100, 250]).markerX).toBe(250);
  });

  it("itemGeometry() marks a span from a `~` date approximate and from a `?` date uncertain", () => {
    const approximate = itemGeometry(item("r", { start: "2016-05~" }), x, CLIP).segments;
    const uncertain = itemGeometry(item("r", { start: "2016-05?" }), x, CLIP).segments;
    expect(approximate.map((s) => [s.approximate, s.uncertain])).toEqual([[true, false]]);
    expect(uncertain.map((s) => [s.approximate, s.uncertain])).toEqual([[false, true]]);
  });

  it("itemGeometry() draws an open-ended milestone as a span fading out to the right, inside the clip", () => {
    const geometry = itemGeometry(item("r", { start: "2017/.." }), x, CLIP);
    const start = x(Date.UTC(2017, 0, 1));
    expect(geometry.segments).toEqual([segment({ x0: start, x1: start + OPEN_FADE, openEnd: true })]);
    expect(geometry.markerX).toBe(start);
    expect(geometry.exact).toBe(false);
    expectWellFormed(geometry);
  });

  it("itemGeometry() draws an open-started milestone as a span fading in from the left", () => {
    const geometry = itemGeometry(item("r", { start: "../2016-05-11" }), x, CLIP);
    const end = x(before(2016, 4, 12));
    expect(geometry.segments).toEqual([segment({ x0: end - OPEN_FADE, x1: end, openStart: true })]);
    expect(geometry.markerX).toBe(end);
    expectWellFormed(geometry);
  });

  it("itemGeometry() draws a window as its start span, a certain stretch, and its end span", () => {
    const geometry = itemGeometry(item("f", { kind: "filming", start: "2016-05", end: "2016-10" }), x, CLIP);
    const mayEnd = x(before(2016, 5, 1));
    expect(geometry.segments).toEqual([
      segment({ x0: x(Date.UTC(2016, 4, 1)), x1: mayEnd }),
      segment({ x0: mayEnd, x1: x(Date.UTC(2016, 9, 1)), style: "certain" }),
      segment({ x0: x(Date.UTC(2016, 9, 1)), x1: x(before(2016, 10, 1)) }),
    ]);
    expect(geometry.segments.map((s) => [s.x0, s.x1].map(Math.round))).toEqual([
      [242, 304],
      [304, 548],
      [548, 610],
    ]);
    expect(geometry.markerX).toBe(x(Date.UTC(2016, 4, 1)));
    expect(geometry.exact).toBe(false);
    expect(geometry.x0).toBe(x(Date.UTC(2016, 4, 1)));
    expect(geometry.x1).toBeCloseTo(610, 6);
  });

  it("itemGeometry() carries `~` and `?` from each end of a window onto that end's span only", () => {
    const geometry = itemGeometry(
      item("f", { kind: "filming", start: "2016-05~", end: "2016-10?" }),
      x,
      CLIP,
    );
    expect(geometry.segments.map((s) => [s.style, s.approximate, s.uncertain])).toEqual([
      ["span", true, false],
      ["certain", false, false],
      ["span", false, true],
    ]);
  });

  it("itemGeometry() draws a window between exact days as one certain stretch", () => {
    const geometry = itemGeometry(
      item("f", { kind: "filming", start: "2016-05-02", end: "2016-05-20" }),
      x,
      CLIP,
    );
    expect(geometry.segments).toEqual([
      segment({ x0: x(before(2016, 4, 3)), x1: x(Date.UTC(2016, 4, 20)), style: "certain" }),
    ]);
  });

  it("itemGeometry() draws a window with no end as a certain stretch OPEN_FADE long that fades out", () => {
    const geometry = itemGeometry(item("f", { kind: "filming", start: "2016-05" }), x, CLIP);
    const mayEnd = x(before(2016, 5, 1));
    expect(geometry.segments).toEqual([
      segment({ x0: x(Date.UTC(2016, 4, 1)), x1: mayEnd }),
      segment({ x0: mayEnd, x1: mayEnd + OPEN_FADE, style: "certain", openEnd: true }),
    ]);
    expect(geometry.markerX).toBe(x(Date.UTC(2016, 4, 1)));
    expect(geometry.x1).toBe(mayEnd + OPEN_FADE);
    expectWellFormed(geometry);
  });

  it("itemGeometry() draws a window whose end is open as an end span that fades out", () => {
    const geometry = itemGeometry(item("f", { kind: "filming", start: "2016-05", end: "2017/.." }), x, CLIP);
    const end = x(Date.UTC(2017, 0, 1));
    expect(geometry.segments.at(-1)).toEqual(segment({ x0: end, x1: end + OPEN_FADE, openEnd: true }));
    expectWellFormed(geometry);
  });

  it("itemGeometry() draws a window starting and ending in the same month as that month's span", () => {
    const geometry = itemGeometry(item("f", { kind: "filming", start: "2016-05", end: "2016-05" }), x, CLIP);
    expect(geometry.segments.map((s) => s.style)).toEqual(["span", "span"]);
    expect(geometry.segments.map((s) => [s.x0, s.x1])).toEqual([
      [x(Date.UTC(2016, 4, 1)), x(before(2016, 5, 1))],
      [x(Date.UTC(2016, 4, 1)), x(before(2016, 5, 1))],
    ]);
    expectWellFormed(geometry);
  });

  it("itemGeometry() clamps dates outside the clip to its edges", () => {
    const geometry = itemGeometry(item("f", { kind: "filming", start: "2010", end: "2030" }), x, CLIP);
    expect(geometry.segments).toEqual([segment({ x0: -100, x1: 1562, style: "certain" })]);
    expectWellFormed(geometry);
  });

  it("itemGeometry() throws for an undated item: it belongs on the shelf", () => {
    expect(() => itemGeometry(item("undated"), x, CLIP)).toThrow(RangeError);
    expect(() => itemGeometry(item("undated"), x, CLIP)).toThrow(/undated has no date/);
  });

  it("itemGeometry() calls a milestone exact when its day is known, whatever the zoom", () => {
    const deep = utcScale(Date.UTC(2016, 8, 23), Date.UTC(2016, 9, 7), [0, 1000]);
    expect(itemGeometry(item("r", { start: "2016-09-30" }), (ms) => deep(ms), [-100, 1100]).exact).toBe(true);
    const wide = utcScale(Date.UTC(1500, 0, 1), Date.UTC(2500, 0, 1), [0, 1000]);
    expect(itemGeometry(item("r", { start: "2016-05" }), (ms) => wide(ms), [-100, 1100]).exact).toBe(false);
  });

  it("itemGeometry() keeps open ends inside the clip", () => {
    const year2016 = utcScale(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), [0, 732]);
    const x2016 = (ms: number) => year2016(ms);
    expectWellFormed(itemGeometry(item("r", { start: "2017-06/.." }), x2016, [-100, 832]), [-100, 832]);
    expectWellFormed(
      itemGeometry(item("f", { kind: "filming", start: "2016-12" }), x2016, [-100, 740]),
      [-100, 740],
    );
  });

  it("itemGeometry() keeps x0 ≤ x1 for a milestone open at both ends", () => {
    expectWellFormed(itemGeometry(uncheckedItem("r", { start: "../.." }), x, CLIP));
  });
});
