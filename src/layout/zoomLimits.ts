import type { XTransform } from "../dates/zoomWindow.ts";

/** Which way the view can still go: the zoom buttons that would do nothing are marked so. */
export interface ZoomLimits {
  readonly zoomIn: boolean;
  readonly zoomOut: boolean;
  readonly earlier: boolean;
  readonly later: boolean;
}

/** Closer than this to a bound, px or relative scale, is at it: d3-zoom's clamping leaves rounding. */
const AT = 1e-6;

/**
 * Where a zoom `t` of a plot `width` px wide stands against d3-zoom's bounds (useZoom): scale within
 * [1, maxK], and the view within the plotted time, [0, width] at the fitted zoom.
 */
export function zoomLimits(t: XTransform, maxK: number, width: number): ZoomLimits {
  return {
    zoomIn: t.k < maxK * (1 - AT),
    zoomOut: t.k > 1 + AT,
    // The view's left edge, -x / k, is past the start of time; its right edge, (width - x) / k, short of its end.
    earlier: t.x < -AT * width,
    later: t.x > width - t.k * width + AT * width,
  };
}
