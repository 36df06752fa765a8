import { applyX, type XTransform } from "../dates/zoomWindow.ts";
import { AXIS_RIGHT_EDGE, type AxisTicks } from "./axisTicks.ts";
import { latestLabelLeft, latestLabelSide } from "./latestLabel.ts";

/** A tick as the axis shows it at the live zoom: its screen x in the plot, px. */
export interface AxisPictureTick {
  readonly x: number;
  readonly label: string;
  readonly major: boolean;
}

/** What the axis shows at a zoom: its ticks in view, left to right, and the latest-report label. */
export interface AxisPicture {
  readonly ticks: readonly AxisPictureTick[];
  /** The latest-report line's x, and its label's left edge (inside the plot). */
  readonly latest: { readonly x: number; readonly labelX: number } | null;
}

/**
 * The axis at the live zoom, from the ticks made for it (`axis`): each tick where the zoom puts it, shown
 * only inside [0, plotWidth − AXIS_RIGHT_EDGE) (a label past the plot's edge would run over the shelf or
 * off the axis); labels move with the zoom, never stretch. The latest-report label (`latestWidth` px
 * wide) is shown while its line is in [0, plotWidth], and always wholly inside it (latestLabelLeft). Which
 * side of its line it goes is read at the ticks' own zoom (latestLabelSide), so that it flips only when
 * they are made again, not back and forth during a gesture.
 */
export function axisPicture(
  axis: AxisTicks,
  live: XTransform,
  plotWidth: number,
  latestFit: number | null,
  latestWidth: number,
): AxisPicture {
  const ticks: AxisPictureTick[] = [];
  for (const tick of axis.ticks) {
    const x = applyX(live, tick.fitX);
    if (x >= 0 && x < plotWidth - AXIS_RIGHT_EDGE) ticks.push({ x, label: tick.label, major: tick.major });
  }
  if (latestFit === null) return { ticks, latest: null };
  const x = applyX(live, latestFit);
  const atTicks = applyX(axis.t, latestFit);
  const side = latestLabelSide(atTicks, plotWidth, latestWidth);
  if (x < 0 || x > plotWidth) return { ticks, latest: null };
  return { ticks, latest: { x, labelX: latestLabelLeft(x, side, plotWidth, latestWidth) } };
}
