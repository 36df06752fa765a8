import type { ScaleTime } from "d3-scale";
import { labelWithYear, pxPerDayOf, tickChoice, ticksOf, type TickChoice } from "../dates/timeTicks.ts";
import { applyX, type XTransform } from "../dates/zoomWindow.ts";
import { drawnRange } from "./overscan.ts";

/** A label this close to the plot's right edge would run off it after its tick: it goes before it, px. */
export const AXIS_RIGHT_EDGE = 38;
/** A tick label's distance from its tick, px. */
export const TICK_LABEL_GAP = 3;

/** An axis tick at its place at the fitted zoom: the live zoom puts it at screen x = k · fitX + x. */
export interface AxisTick {
  readonly time: number;
  readonly fitX: number;
  readonly label: string;
  readonly major: boolean;
}

/**
 * The axis's ticks for a zoom, over the view and a view's width each side (as the items are drawn), so
 * that the zoom's frames only move them until the zoom needs other ticks (`axisNeedsTicks`).
 */
export interface AxisTicks {
  /** The zoom they were made for. */
  readonly t: XTransform;
  /** Pixels a day at the fitted zoom: the unit a zoom needs is read from it, without the scale. */
  readonly pxPerDay: number;
  readonly choice: TickChoice;
  readonly ticks: readonly AxisTick[];
  /** The first tick in view at `t`, which names its year when no tick in view would (-1: none in view). */
  readonly first: number;
}

/** The first tick whose screen x at `t` is in [0, width − AXIS_RIGHT_EDGE), or -1. Ticks are in x order. */
export function firstTickInView(ticks: readonly AxisTick[], t: XTransform, width: number): number {
  let lo = 0;
  let hi = ticks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (applyX(t, ticks[mid]?.fitX ?? Infinity) < 0) lo = mid + 1;
    else hi = mid;
  }
  const tick = ticks[lo];
  return tick && applyX(t, tick.fitX) < width - AXIS_RIGHT_EDGE ? lo : -1;
}

/** The axis's ticks for the zoom `t` on a plot `width` px wide, ticks at least `minSpacing` px apart. */
export function axisTicks(
  base: ScaleTime<number, number>,
  t: XTransform,
  width: number,
  minSpacing: number,
): AxisTicks {
  const pxPerDay = pxPerDayOf(base);
  const choice = tickChoice(pxPerDay * t.k, minSpacing, width);
  const [f0, f1] = drawnRange(t, width);
  const range = base
    .copy()
    .domain([base.invert(f0), base.invert(f1)])
    .range([f0, f1]);
  const ticks: AxisTick[] = ticksOf(range, choice).map((tick) => ({
    time: tick.time,
    fitX: base(tick.time),
    label: tick.label,
    major: tick.major,
  }));
  const first = firstTickInView(ticks, t, width);
  const named = ticks[first];
  if (named) {
    const label = labelWithYear({ ...named, x: 0 }, choice.unit);
    ticks[first] = { ...named, label };
  }
  return { t, pxPerDay, choice, ticks, first };
}

/**
 * Whether the live zoom needs other ticks than `shown`: another unit or step, a view reaching past the
 * ticks made, or (below years, where a tick may not name its year) another first tick in view, which
 * must name it. Otherwise a frame only moves the ticks.
 */
export function axisNeedsTicks(
  shown: AxisTicks,
  live: XTransform,
  width: number,
  minSpacing: number,
): boolean {
  const choice = tickChoice(shown.pxPerDay * live.k, minSpacing, width);
  if (choice.unit !== shown.choice.unit || choice.step !== shown.choice.step) return true;
  const [f0, f1] = drawnRange(shown.t, width);
  if ((0 - live.x) / live.k < f0 || (width - live.x) / live.k > f1) return true;
  return choice.unit !== "year" && firstTickInView(shown.ticks, live, width) !== shown.first;
}
