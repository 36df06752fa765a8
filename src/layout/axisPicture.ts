import { labelWithYear } from "../dates/timeTicks.ts";
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
  /** Its label after the tick, or before it near the plot's right edge; "" for a tick drawn unnamed. */
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
 * (`widthOf`: a label's width, px); where it does not, the tick is drawn unnamed (label ""), as its grid line
 * is (a major tick is named before a minor one). A tick of another year than the label before it names its
 * year too. Labels move with the zoom, never stretch. The latest-report
 * label (`latestWidth` px wide) is shown while its line is in [0, plotWidth], and always wholly inside it
 * (latestLabelLeft). Which side of its line it goes is read at
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
  /** The named ticks, left to right: each one's place in `ticks` and in `axis.ticks`, and where its label ends. */
  const named: { at: number; source: number; end: number; year: number }[] = [];
  // Where a label placed at x would start and end: after its tick, or before it near the right edge.
  const span = (x: number, label: string, major: boolean): [number, number] => {
    const width = widthOf(label, major);
    return x >= plotWidth - AXIS_RIGHT_EDGE
      ? [x - TICK_LABEL_GAP - width, x - TICK_LABEL_GAP]
      : [x + TICK_LABEL_GAP, x + TICK_LABEL_GAP + width];
  };
  const clears = (from: number) => from >= (named.at(-1)?.end ?? -Infinity) + LABELS_APART;
  axis.ticks.forEach((tick, index) => {
    const x = applyX(live, tick.fitX);
    if (x < 0 || x > plotWidth) return;
    const { major } = tick;
    const anchor = x >= plotWidth - AXIS_RIGHT_EDGE ? "end" : "start";
    let label = tick.label;
    let [from, end] = span(x, label, major);
    // A label that would run into the one before is not shown; its tick and grid line are. The first tick
    // in view names its year ("Nov 29, 2016") and may reach past the next ticks: a major tick (a month's
    // first day, a year) is named before a minor one, so the label before it goes, and its year with it.
    const before = named.at(-1);
    if (!clears(from) && major && before && !ticks[before.at]?.major) {
      const gone = ticks[before.at];
      if (gone) ticks[before.at] = { ...gone, label: "" };
      named.pop();
      if (before.source === axis.first) {
        label = labelWithYear({ time: tick.time, x, label, major }, axis.choice.unit);
        [from, end] = span(x, label, major);
      }
    }
    // A tick of another year than the label before it names its year ("Jan 2, 2017" after "Dec 26, 2016").
    const year = new Date(tick.time).getUTCFullYear();
    const previous = named.at(-1);
    if (label === tick.label && previous !== undefined && previous.year !== year) {
      label = labelWithYear({ time: tick.time, x, label, major }, axis.choice.unit);
      [from, end] = span(x, label, major);
    }
    const shown = clears(from);
    if (shown) named.push({ at: ticks.length, source: index, end, year });
    ticks.push({ x, label: shown ? label : "", major, anchor });
  });
  if (latestFit === null) return { ticks, latest: null };
  const x = applyX(live, latestFit);
  const atTicks = applyX(axis.t, latestFit);
  const side = latestLabelSide(atTicks, plotWidth, latestWidth);
  if (x < 0 || x > plotWidth) return { ticks, latest: null };
  return { ticks, latest: { x, labelX: latestLabelLeft(x, side, plotWidth, latestWidth) } };
}
