import type { ScaleTime } from "d3-scale";

/** A visible span of time as ISO days, as the URL carries it. */
export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

/** A d3-zoom transform on x only: screen x = k · base(t) + x. */
export interface XTransform {
  readonly k: number;
  readonly x: number;
}

const DAY = 86_400_000;

// The x transform's pure math, in one place (as d3-zoom keeps transform.js): every view maps through these.

/** Screen x of a base-scale x (a fitted-zoom pixel) under a transform. */
export function applyX(t: XTransform, fitX: number): number {
  return t.k * fitX + t.x;
}

/** The base-scale x (fitted-zoom pixel) under screen x. */
export function invertX(t: XTransform, screenX: number): number {
  return (screenX - t.x) / t.k;
}

/** The time scale as a transform shows it: domain the visible window, same range. */
export function rescaleTime(base: ScaleTime<number, number>, t: XTransform): ScaleTime<number, number> {
  return base.copy().domain(transformWindow(base, t));
}

/**
 * Keeps a transform within what can be shown: k in [1, maxK] and no panning past the plotted time (as
 * d3-zoom's translateExtent does for gestures, but not for a transform it is handed).
 */
export function clampTransform(base: ScaleTime<number, number>, t: XTransform, maxK: number): XTransform {
  const [r0, r1] = base.range() as [number, number];
  const k = Math.min(maxK, Math.max(1, t.k));
  // Screen x of the range's ends must stay outside the view: r0 ≥ k·r0 + x and k·r1 + x ≥ r1.
  const x = Math.min(r0 - k * r0, Math.max(r1 - k * r1, t.x));
  return { k, x: x === 0 ? 0 : x };
}

/**
 * The transform that shows [from, to] across the base scale's range, within the zoom and pan limits. A
 * window partly past the plotted time is cut to it: a link's March to December, where the data ends in June,
 * shows March to June, not six months before March, and a window kept over another day's dates shows what
 * of it that day has, not months the URL never named (which a reload of the URL then did not show).
 */
export function windowTransform(
  base: ScaleTime<number, number>,
  from: Date,
  to: Date,
  maxK: number,
): XTransform {
  const [r0, r1] = base.range() as [number, number];
  let [a, b] = [base(from), base(to)];
  if (Math.max(r0, a) < Math.min(r1, b)) [a, b] = [Math.max(r0, a), Math.min(r1, b)];
  const k = Math.min(maxK, Math.max(1, (r1 - r0) / Math.max(1, b - a)));
  return clampTransform(base, { k, x: r0 - k * a }, maxK);
}

/** The window a transform shows, as the URL carries it: null at the fitted zoom (everything). */
export function shownWindow(base: ScaleTime<number, number>, t: XTransform): TimeWindow | null {
  if (t.k <= 1.0001) return null;
  const [from, to] = transformWindow(base, t);
  return { from: isoDay(from), to: isoDay(to) };
}

export function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/** The visible [from, to] under a transform. */
export function transformWindow(base: ScaleTime<number, number>, t: XTransform): [Date, Date] {
  const [r0, r1] = base.range() as [number, number];
  return [base.invert((r0 - t.x) / t.k), base.invert((r1 - t.x) / t.k)];
}

/** The deepest zoom: two weeks across the chart. */
export function maxZoom(base: ScaleTime<number, number>): number {
  const [d0, d1] = base.domain() as [Date, Date];
  return Math.max(1, (d1.getTime() - d0.getTime()) / (14 * DAY));
}

/**
 * A day as the URL writes it: YYYY-MM-DD, or before year 0 and after 9999 ISO 8601's expanded year
 * (-000053-04-26, +010117-09-12), where zooming out of a dataset that reaches year 1 or 9999 goes. Cut to
 * ten characters, those read back as no day at all.
 */
export function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  return date.toISOString().slice(0, year >= 0 && year <= 9999 ? 10 : 13);
}

const ISO_DAY = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}$/;

/**
 * The UTC midnight of a day written as isoDay() writes it, and NaN for anything else: a day the calendar
 * lacks (2016-02-30), another spelling (2016-5-1, +002016-05-01), a time.
 */
export function isoDayTime(value: string): number {
  if (!ISO_DAY.test(value)) return NaN;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && isoDay(new Date(time)) === value ? time : NaN;
}

/** The least room on an open date's open side: its fade, and what it is ordered against, have room. */
const OPEN_SIDE = 182 * DAY;

/**
 * A window that shows an item with room around it: its whole known extent, padded, at least two months; half
 * a year or more on a side its date leaves open ("2017 or later" showed its diamond and a 5-day fade).
 */
export function itemWindow(item: {
  readonly start: { readonly earliest: number; readonly latest: number } | null;
  readonly end: { readonly earliest: number; readonly latest: number } | null;
}): TimeWindow | null {
  if (!item.start) return null;
  const points = [
    item.start.earliest,
    item.start.latest,
    item.end?.earliest ?? NaN,
    item.end?.latest ?? NaN,
  ].filter(Number.isFinite);
  if (points.length === 0) return null;
  const lo = Math.min(...points);
  const hi = Math.max(...points);
  const pad = Math.max((hi - lo) * 0.3, 30 * DAY);
  const open = (bound: number | undefined) => bound !== undefined && !Number.isFinite(bound);
  const before = open(item.start.earliest) ? Math.max(pad, OPEN_SIDE) : pad;
  const after = open(item.end?.latest ?? item.start.latest) ? Math.max(pad, OPEN_SIDE) : pad;
  return { from: isoDay(new Date(lo - before)), to: isoDay(new Date(hi + after)) };
}

/** Of an item this many px or fewer wide, all of it must be in view; of a wider one, this much. */
const SHOWN = 24;

/**
 * The transform that brings an item covering [x0, x1] px in the view under `t` into the view (`width`
 * wide), centred, at the same zoom, but never panned past the plotted time ([0, width] at the fitted zoom),
 * as no gesture can be: the window the URL then says is the one shown; null when enough of it is in view
 * already. The span is the item's as drawn under `t` (itemSpan): its fitted span scaled by the zoom
 * stretched its marker's and fades' pads too, and counted an item 100 px outside a deep zoom as in view.
 */
export function revealTransform(t: XTransform, x0: number, x1: number, width: number): XTransform | null {
  if (Math.min(x1, width) - Math.max(x0, 0) >= Math.min(x1 - x0, SHOWN)) return null;
  return { k: t.k, x: Math.min(0, Math.max(width - t.k * width, t.x + width / 2 - (x0 + x1) / 2)) };
}
