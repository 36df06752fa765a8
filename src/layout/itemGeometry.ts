import type { FuzzyInterval } from "../dates/edtfInterval.ts";
import type { TimelineItem } from "../model/timelineItems.ts";

/** How a stretch of an item is drawn. */
export type SegmentStyle =
  /** Certain: the item is known to cover this stretch (a window between its start and end). */
  | "certain"
  /** Somewhere in here: the date is only known to this precision (a month, a quarter, a range). */
  | "span";

export interface Segment {
  readonly x0: number;
  readonly x1: number;
  readonly style: SegmentStyle;
  /** From a `~` date: drawn with a dotted pattern. */
  readonly approximate: boolean;
  /** From a `?` date: drawn with a hatched pattern. */
  readonly uncertain: boolean;
  /** This side runs on into the unknown: it fades out into an arrow. */
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

export interface ItemGeometry {
  readonly segments: readonly Segment[];
  /** Where the marker of a milestone stands (the middle of its span), px. */
  readonly markerX: number;
  /** Whether the milestone's day is known, plainly (no ~ or ?): a filled marker; otherwise hollow on its span. */
  readonly exact: boolean;
  /** The whole drawn extent, px, for hit areas and connectors. */
  readonly x0: number;
  readonly x1: number;
}

/** How far an open end fades before its arrow, px. */
export const OPEN_FADE = 40;
const DAY = 86_400_000;
/** Spans narrower than this read as a point. */
const POINT = 3;

/**
 * The pixels an item covers on a scale: certain parts solid, fuzzy parts as spans, open ends fading.
 * `clip` bounds every coordinate (the visible range plus a margin), so all of them are finite.
 */
export function itemGeometry(
  item: TimelineItem,
  x: (ms: number) => number,
  clip: readonly [number, number],
): ItemGeometry {
  const [lo, hi] = clip;
  const cl = (px: number) => Math.max(lo, Math.min(hi, px));
  const px = (ms: number) => cl(x(ms));
  /** An interval's pixels: an open side reaches OPEN_FADE past the known one, or the clip's edge. */
  const bounds = (interval: FuzzyInterval): [number, number] => {
    const early = Number.isFinite(interval.earliest);
    const late = Number.isFinite(interval.latest);
    const a = early ? px(interval.earliest) : late ? cl(px(interval.latest) - OPEN_FADE) : lo;
    const b = late ? px(interval.latest) : early ? cl(px(interval.earliest) + OPEN_FADE) : hi;
    return [a, Math.max(a, b)];
  };
  const start = item.start;
  if (start === null) throw new RangeError(`${item.id} has no date: it belongs on the shelf`);
  const segments: Segment[] = [];
  const span = (interval: FuzzyInterval, from: number, to: number, openStart: boolean, openEnd: boolean) => {
    if (to - from >= POINT || openStart || openEnd) {
      segments.push({
        x0: from,
        x1: to,
        style: "span",
        approximate: interval.approximate,
        uncertain: interval.uncertain,
        openStart,
        openEnd,
      });
    }
  };

  const [s0, s1] = bounds(start);
  const openBefore = !Number.isFinite(start.earliest);
  if (!item.isWindow) {
    // A known day, said plainly, is exact at any zoom; anything fuzzier is a span with a hollow marker.
    const exact =
      !openBefore &&
      Number.isFinite(start.latest) &&
      start.latest - start.earliest < DAY &&
      !start.approximate &&
      !start.uncertain;
    if (!exact) span(start, s0, s1, openBefore, !Number.isFinite(start.latest));
    // The middle of its whole span, clipped, not of the part in view: a month's marker stays on its day
    // as a zoom or pan cuts the span at the view's edge (it moved with the edge, naming other days).
    const markerX =
      openBefore === !Number.isFinite(start.latest)
        ? openBefore
          ? (s0 + s1) / 2
          : px((start.earliest + start.latest) / 2)
        : openBefore
          ? s1
          : s0;
    return { segments, markerX, exact, x0: s0, x1: s1 };
  }

  span(start, s0, s1, openBefore, false);
  const end = item.end;
  if (end === null) {
    // Not reported: the window starts, then fades into the unknown.
    const tail = cl(s1 + OPEN_FADE);
    segments.push({
      x0: s1,
      x1: tail,
      style: "certain",
      approximate: false,
      uncertain: false,
      openStart: false,
      openEnd: true,
    });
    return { segments, markerX: s0, exact: false, x0: s0, x1: tail };
  }
  const [e0raw, e1] = bounds(end);
  const e0 = Math.max(e0raw, s0);
  if (e0 > s1) {
    segments.push({
      x0: s1,
      x1: e0,
      style: "certain",
      approximate: false,
      uncertain: false,
      openStart: false,
      openEnd: false,
    });
  }
  span(end, e0, Math.max(e0, e1), false, !Number.isFinite(end.latest));
  return { segments, markerX: s0, exact: false, x0: s0, x1: Math.max(e1, s1) };
}

/** An undated item on the shelf: its kind's glyph (or a short bar), hollow since it has no date. */
export function shelfGeometry(isWindow: boolean, centre: number): ItemGeometry {
  if (!isWindow) return { segments: [], markerX: centre, exact: false, x0: centre - 8, x1: centre + 8 };
  const bar: Segment = {
    x0: centre - 10,
    x1: centre + 10,
    style: "span",
    approximate: false,
    uncertain: false,
    openStart: false,
    openEnd: false,
  };
  return { segments: [bar], markerX: centre, exact: false, x0: centre - 10, x1: centre + 10 };
}
