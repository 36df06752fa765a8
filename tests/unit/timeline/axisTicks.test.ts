import { describe, expect, it } from "vitest";
import { timeTicks } from "../../../src/dates/timeTicks.ts";
import { rescaleTime, type XTransform } from "../../../src/dates/zoomWindow.ts";
import {
  AXIS_RIGHT_EDGE,
  axisNeedsTicks,
  axisTicks,
  firstTickInView,
} from "../../../src/layout/axisTicks.ts";
import { utcScale } from "./build.ts";

const W = 1000;
// Ten years across 1000 px: years at the fitted zoom.
const base = utcScale(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), [0, W]);
const at = (t: XTransform, fitX: number) => t.k * fitX + t.x;
/** The ticks an axis shows at `t`: those whose screen x is in [0, W − AXIS_RIGHT_EDGE), with their labels. */
const shown = (t: XTransform) => {
  const axis = axisTicks(base, t, W, 72);
  return axis.ticks.filter((tick) => at(t, tick.fitX) >= 0 && at(t, tick.fitX) < W - AXIS_RIGHT_EDGE);
};

describe("axisTicks()", () => {
  it("shows, in view, the ticks and labels timeTicks gives the live view", () => {
    for (const t of [
      { k: 1, x: 0 },
      { k: 4, x: -1500 },
      { k: 30, x: -12_000 },
    ]) {
      const expected = timeTicks(rescaleTime(base, t), 72).ticks.filter(
        (tick) => tick.x < W - AXIS_RIGHT_EDGE,
      );
      const ticks = shown(t);
      expect(ticks.map((tick) => tick.label)).toEqual(expected.map((tick) => tick.label));
      ticks.forEach((tick, i) => expect(at(t, tick.fitX)).toBeCloseTo(expected[i]!.x, 6));
    }
  });

  it("makes ticks a view's width beyond each side, so that a pan only moves them", () => {
    // Zoomed 2×: still years, 200 px apart.
    const t = { k: 2, x: -500 };
    const axis = axisTicks(base, t, W, 72);
    expect(at(t, axis.ticks[0]!.fitX)).toBeLessThan(-W + 200);
    expect(at(t, axis.ticks.at(-1)!.fitX)).toBeGreaterThan(2 * W - 200);
    expect(axisNeedsTicks(axis, { k: 2, x: -500 + 0.9 * W }, W, 72)).toBe(false);
    expect(axisNeedsTicks(axis, { k: 2, x: -500 + 1.1 * W }, W, 72)).toBe(true);
  });

  it("names the year on the first tick in view when no tick in view would", () => {
    // Zoomed into 2016: months, and the first month in view says its year.
    const t = { k: 20, x: -20 * base(new Date(Date.UTC(2016, 2, 15))) };
    const ticks = shown(t);
    expect(ticks[0]?.label).toBe("Apr 2016");
    expect(ticks.slice(1).every((tick) => !tick.label.includes("2016"))).toBe(true);
  });

  it("asks for other ticks when the unit changes, not while years only move", () => {
    const axis = axisTicks(base, { k: 1, x: 0 }, W, 72);
    expect(axisNeedsTicks(axis, { k: 1.3, x: -150 }, W, 72)).toBe(false);
    // Quarters stand 72 px apart once a year is about 292 px wide.
    expect(axisNeedsTicks(axis, { k: 3.1, x: -1000 }, W, 72)).toBe(true);
  });

  it("asks for other ticks below years once another tick is first in view, to name its year", () => {
    const t = { k: 20, x: -20 * base(new Date(Date.UTC(2016, 2, 15))) };
    const axis = axisTicks(base, t, W, 72);
    const first = axis.ticks[axis.first]!;
    // Panned a little: the same first tick.
    expect(axisNeedsTicks(axis, { k: 20, x: t.x - 5 }, W, 72)).toBe(false);
    // Panned past it: the next one is first, and must say the year.
    const past = { k: 20, x: -20 * first.fitX - 1 };
    expect(firstTickInView(axis.ticks, past, W)).toBe(axis.first + 1);
    expect(axisNeedsTicks(axis, past, W, 72)).toBe(true);
  });
});
