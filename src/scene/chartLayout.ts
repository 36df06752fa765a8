import { scaleUtc, type ScaleTime } from "d3-scale";
import type { Show } from "../data/schema.ts";
import { maxZoom } from "../dates/zoomWindow.ts";
import { rowLayout, type RowLayout } from "../layout/rowLayout.ts";
import type { RowPacks } from "../layout/rowPacks.ts";
import { timeDomain } from "../layout/timeDomain.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { LABEL_MAX_WIDTH, LANE_HEIGHT, ROW_PADDING, type ChartFrame } from "./chartFrame.ts";
import { LABEL_GAP } from "./placeLabels.ts";
import { LABEL_SIZE } from "./scene.ts";
import { MARKER_SIZE } from "./markStyle.ts";
import { textEms } from "./textWidth.ts";

export interface ChartLayout {
  /** Time → x at the fitted zoom (the whole domain across the plot). */
  readonly base: ScaleTime<number, number>;
  readonly layout: RowLayout;
  /** The deepest zoom. */
  readonly maxK: number;
}

/** The room packing keeps for a marker, px at the fitted zoom: half of it each side of the item's span. */
export const PACK_MARKER_WIDTH = MARKER_SIZE + 4;

/** The time scale at the fitted zoom, and the deepest zoom. */
export type ChartScale = Omit<ChartLayout, "layout">;

/**
 * The pipeline's middle stages: items → the time domain and fitted scale (chartScale) → rows, lanes and the
 * shelf (chartRows).
 */
export function chartLayout(
  items: readonly TimelineItem[],
  shows: readonly Show[],
  frame: ChartFrame,
  latestReport: number | null,
  /** Other instants to fit in: what the overlay draws (overlayInstants). */
  extra: readonly number[] = [],
): ChartLayout {
  const scale = chartScale(items, frame, latestReport, extra);
  return { ...scale, layout: chartRows(items, shows, frame, scale) };
}

/** The whole time domain across the plot: the items' dates, the latest report and `extra`. */
export function chartScale(
  items: readonly TimelineItem[],
  frame: ChartFrame,
  latestReport: number | null,
  extra: readonly number[] = [],
): ChartScale {
  const domain = timeDomain(
    items,
    latestReport === null ? extra : [latestReport, ...extra],
    latestReport ?? Date.UTC(2016, 0, 1),
  );
  const base = scaleUtc().domain(domain).range([0, frame.plotWidth]);
  // With nothing drawn (a search that matches nothing) there is nothing to zoom into: + and the wheel
  // zoomed the filler month, and that zoom came back with the items.
  return { base, maxK: items.length === 0 ? 1 : maxZoom(base) };
}

/**
 * Rows, lanes and the shelf at the fitted scale. On a wide screen packing keeps room for each label (its
 * full text's width, capped: the shown text is never wider), so that at the fitted zoom every label can
 * stand beside its mark; on a phone labels show where they fit.
 */
export function chartRows(
  items: readonly TimelineItem[],
  shows: readonly Show[],
  frame: ChartFrame,
  scale: ChartScale,
  /**
   * Rows are laid out until one passes this y, px (rowLayout's `until`): with the same scale, they are the
   * whole layout's first rows to the pixel.
   */
  until = Infinity,
  /** The chart's packs from its earlier layouts (rowPacks): shows it did not change are not packed again. */
  packs?: RowPacks,
): RowLayout {
  const [d0, d1] = scale.base.domain().map(Number);
  const [r0, r1] = scale.base.range();
  return rowLayout(
    items,
    shows,
    linear(scale.base),
    {
      until,
      laneHeight: LANE_HEIGHT,
      rowPadding: ROW_PADDING,
      markerWidth: PACK_MARKER_WIDTH,
      shelfColumns: frame.shelfColumns,
      ...(frame.narrow ? {} : { labelRoom, plotWidth: frame.plotWidth }),
    },
    packs && { packs, key: `${d0} ${d1} ${r0} ${r1}` },
  );
}

/**
 * base(ms) without d3's chain of calls: the same arithmetic (d3's normalize, then the stand-in
 * interpolator's from·(1 − t) + to·t, numberInterpolate.ts), so the same pixels to the bit, for the two
 * ends of each of 100k items.
 */
function linear(base: ScaleTime<number, number>): (ms: number) => number {
  const [d0 = NaN, d1 = NaN] = base.domain().map(Number);
  const [r0 = NaN, r1 = NaN] = base.range();
  const span = d1 - d0;
  if (!(span > 0)) return (ms) => base(ms);
  return (ms) => {
    const t = (ms - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

/** The ems of the widest season tag a label can carry. */
const SEASON_TAG_EMS = textEms("S00 ");

/**
 * Room for a label: its full text's width with a season tag (textWidth(`S00 ${label}`), without making
 * that string for each of 100k items), capped (the text shown is cut to the cap), plus gaps.
 */
function labelRoom(item: TimelineItem): number {
  let room = labelRooms.get(item);
  if (room === undefined) {
    const width = Math.ceil(textEms(item.event.label, SEASON_TAG_EMS) * LABEL_SIZE);
    room = Math.min(LABEL_MAX_WIDTH, width) + 2 * LABEL_GAP;
    labelRooms.set(item, room);
  }
  return room;
}

/**
 * Each item's label room, measured once: a filter change or an as-of step lays out the same items again
 * (the as-of view keeps an unchanged event's item), and measuring every label anew cost about 40 ms a
 * layout at 100k events.
 */
const labelRooms = new WeakMap<TimelineItem, number>();
