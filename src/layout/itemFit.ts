import type { FuzzyInterval } from "../dates/edtfInterval.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { OPEN_FADE } from "./itemGeometry.ts";
import type { LayoutOptions, PlotPlacement } from "./rowLayout.ts";

/**
 * What packing reads of a dated item at one scale, whatever item set it is in: its place at the fitted
 * zoom (it is that placement: one object per item, not two), its season, and the span packing keeps for it
 * (its marker's and its label's room included).
 */
export interface ItemFit extends PlotPlacement {
  /** Names the scale and options it was measured at: their packs' key (ScalePacks.fits), or one layout's own. */
  readonly scale: object;
  readonly season: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The dated item's fit at `scale`, kept on the item (its `layoutFit`) and measured again only at another
 * scale. A filter that changes every show's items (a kind, a search) packs every show again, and at 100k
 * events reading each item's dates, season and label room again was most of that. Kept in a field of the
 * item, not a WeakMap, and as the placement itself, not beside it: 100k new map keys, or a second object per
 * item, made the first layout 60–100 ms slower (Node, 100k events).
 */
export function itemFit(
  item: TimelineItem,
  start: FuzzyInterval,
  scale: object,
  xAtFit: (ms: number) => number,
  options: LayoutOptions,
): ItemFit {
  // Only this function writes the field.
  const kept = item.layoutFit as ItemFit | undefined;
  if (kept !== undefined && kept.scale === scale) return kept;
  const { markerWidth, labelRoom, plotWidth = Infinity } = options;
  pixelSpan(item, start, xAtFit, markerWidth);
  const fitX0 = span[0] ?? 0;
  const fitX1 = span[1] ?? 0;
  let from = fitX0;
  let to = fitX1;
  // The label's room on the side where it will stand: the right, or the left where the right runs out.
  if (labelRoom) {
    const room = labelRoom(item);
    if (to + room > plotWidth) from -= room;
    else to += room;
  }
  const fit: ItemFit = { at: "plot", fitX0, fitX1, scale, season: item.event.season ?? 0, from, to };
  item.layoutFit = fit;
  return fit;
}

const BIG = 1e7;
const clamp = (px: number) => Math.max(-BIG, Math.min(BIG, px));

/** pixelSpan's answer: a pair, without an array made per item. */
const span = new Float64Array(2);

/**
 * The pixels a dated item covers under a zoomed scale `x`, its marker's and open ends' pads as drawn (not
 * stretched by the zoom, as its fitted span would be): where focus looks for it (revealTransform).
 */
export function itemSpan(
  item: TimelineItem,
  x: (ms: number) => number,
  markerWidth: number,
): readonly [number, number] {
  pixelSpan(item, item.start as FuzzyInterval, x, markerWidth);
  return [span[0] ?? 0, span[1] ?? 0];
}

/** The pixels an item covers at the fitted zoom, into `span`; infinite (open) ends are capped. */
function pixelSpan(
  item: TimelineItem,
  start: FuzzyInterval,
  x: (ms: number) => number,
  markerWidth: number,
): void {
  let from = clamp(x(Number.isFinite(start.earliest) ? start.earliest : start.latest)) - markerWidth / 2;
  let to: number;
  if (!item.isWindow)
    to = clamp(x(Number.isFinite(start.latest) ? start.latest : start.earliest)) + markerWidth / 2;
  else if (item.end === null)
    to = clamp(x(Number.isFinite(start.latest) ? start.latest : start.earliest)) + OPEN_FADE;
  else
    to = clamp(x(Number.isFinite(item.end.latest) ? item.end.latest : item.end.earliest)) + markerWidth / 2;
  if (!Number.isFinite(start.earliest)) from -= OPEN_FADE;
  if (!item.isWindow && !Number.isFinite(start.latest)) to += OPEN_FADE;
  if (to < from) to = from;
  span[0] = from;
  span[1] = to;
}
