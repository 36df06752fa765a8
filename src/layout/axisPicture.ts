import { applyX, type XTransform } from "../dates/zoomWindow.ts";
import { AXIS_RIGHT_EDGE, TICK_LABEL_GAP, type AxisTicks } from "./axisTicks.ts";
import { latestLabelLeft, latestLabelSide } from "./latestLabel.ts";

/** The least room between two tick labels, px. */
const LABELS_APART = 6;

/** A tick as the axis shows it at the live zoom: its screen x in the plot, px. */
export interface AxisPictureTick {
  readonly x: number;
  readonly label: string;
  readonly major: boolean;
  /** Its label after the tick, or before it near the plot's right edge. */
  readonly anchor: "start" | "end";
}

/** What the axis shows at a zoom: its ticks in view, left to right, and the latest-report label. */
export interface AxisPicture {
  readonly ticks: readonly AxisPictureTick[];
  /** The latest-report line's x, and its label's left edge (inside the plot). */
  readonly latest: { readonly x: number; readonly labelX: number } | null;
}

/**
 * The axis at the live zoom, from the ticks made for it (`axis`): each tick where the zoom puts it, shown
 * inside [0, plotWidth] with its label after it, or before it within AXIS_RIGHT_EDGE of the right edge
 * (a label past the plot's edge would run over the shelf or off the axis), where it clears the label before
 * (`widthOf`: a label's width, px), and not shown where it does not; labels move with the zoom, never
 * stretch. The latest-report label (`latestWidth` px wide) is shown while its line is in
 * [0, plotWidth], and always wholly inside it (latestLabelLeft). Which side of its line it goes is read at
 * the ticks' own zoom (latestLabelSide), so that it flips only when they are made again, not back and forth
 * during a gesture.
 */
export function axisPicture(
  axis: AxisTicks,
  live: XTransform,
  plotWidth: number,
  latestFit: number | null,
  latestWidth: number,
  widthOf: (label: string, major: boolean) => number,
): AxisPicture {
  const ticks: AxisPictureTick[] = [];
  /** Where the last label shown ends, px. */
  let lastEnd = -Infinity;
  for (const { fitX, label, major } of axis.ticks) {
    const x = applyX(live, fitX);
    if (x < 0 || x > plotWidth) continue;
    // Near the right edge, a label ends before its tick (a tick there was drawn, its grid line through the
    // rows, with its year unsaid). A label that would not clear the one before is not shown, nor its tick
    // here (its grid line through the rows still is): the first tick in view names its year ("Mar 7, 2016"),
    // which may reach past the next tick's place, and a label before its tick may reach back.
    const edge = x >= plotWidth - AXIS_RIGHT_EDGE;
    const width = widthOf(label, major);
    const start = edge ? x - TICK_LABEL_GAP - width : x + TICK_LABEL_GAP;
    if (start < lastEnd + LABELS_APART) continue;
    lastEnd = edge ? x - TICK_LABEL_GAP : start + width;
    ticks.push({ x, label, major, anchor: edge ? "end" : "start" });
  }
  if (latestFit === null) return { ticks, latest: null };
  const x = applyX(live, latestFit);
  const atTicks = applyX(axis.t, latestFit);
  const side = latestLabelSide(atTicks, plotWidth, latestWidth);
  if (x < 0 || x > plotWidth) return { ticks, latest: null };
  return { ticks, latest: { x, labelX: latestLabelLeft(x, side, plotWidth, latestWidth) } };
}
