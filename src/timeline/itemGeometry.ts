import type { FuzzyInterval } from "./edtfInterval.ts";
import type { TimelineItem } from "./timelineItems.ts";

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
  /** Whether the milestone's day is known: a filled marker; otherwise hollow on its span. */
  readonly exact: boolean;
  /** The whole drawn extent, px, for hit areas and connectors. */
  readonly x0: number;
  readonly x1: number;
}

/** How far an open end fades before its arrow, px. */
export const OPEN_FADE = 40;
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
  const px = (ms: number) => Math.max(lo, Math.min(hi, Number.isFinite(ms) ? x(ms) : ms < 0 ? lo : hi));
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

  const s0 = Number.isFinite(start.earliest) ? px(start.earliest) : px(start.latest) - OPEN_FADE;
  const s1 = Number.isFinite(start.latest) ? px(start.latest) : px(start.earliest) + OPEN_FADE;
  if (!item.isWindow) {
    span(start, s0, s1, !Number.isFinite(start.earliest), !Number.isFinite(start.latest));
    const markerX =
      Number.isFinite(start.earliest) && Number.isFinite(start.latest)
        ? (s0 + s1) / 2
        : Number.isFinite(start.earliest)
          ? s0
          : s1;
    return {
      segments,
      markerX,
      exact: segments.length === 0,
      x0: Math.min(s0, markerX),
      x1: Math.max(s1, markerX),
    };
  }

  span(start, s0, s1, !Number.isFinite(start.earliest), false);
  const end = item.end;
  if (end === null) {
    // Not reported: the window starts, then fades into the unknown.
    segments.push({
      x0: s1,
      x1: s1 + OPEN_FADE,
      style: "certain",
      approximate: false,
      uncertain: false,
      openStart: false,
      openEnd: true,
    });
    return { segments, markerX: s0, exact: false, x0: s0, x1: s1 + OPEN_FADE };
  }
  const e0 = Number.isFinite(end.earliest) ? px(end.earliest) : s1;
  const e1 = Number.isFinite(end.latest) ? px(end.latest) : e0 + OPEN_FADE;
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
  span(end, Math.max(e0, s0), e1, false, !Number.isFinite(end.latest));
  return { segments, markerX: s0, exact: false, x0: s0, x1: Math.max(e1, s1) };
}
