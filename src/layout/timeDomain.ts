import type { TimelineItem } from "../model/timelineItems.ts";

const YEAR = 365.2425 * 86_400_000;

/**
 * The time the chart shows when fitted: every finite date of the items and the extra instants (the latest
 * report), padded by 4% a side. Falls back to one year around `fallback` when there is nothing to show.
 */
export function timeDomain(
  items: readonly TimelineItem[],
  extra: readonly number[],
  fallback: number,
): [Date, Date] {
  // The bounds in a typed pair, widened by a plain function: a closure over `let` bounds (and Math.min and
  // max) made this loop about 30 ms cold at 100k items in Node, against 6.
  const bounds = new Float64Array([Infinity, -Infinity]);
  for (const item of items) {
    const { start, end } = item;
    if (start) {
      widen(bounds, start.earliest);
      widen(bounds, start.latest);
    }
    if (end) {
      widen(bounds, end.earliest);
      widen(bounds, end.latest);
    }
  }
  for (const ms of extra) widen(bounds, ms);
  const [min = Infinity, max = -Infinity] = bounds;
  if (min > max) return [new Date(fallback - YEAR / 2), new Date(fallback + YEAR / 2)];
  const pad = Math.max((max - min) * 0.04, 15 * 86_400_000);
  return [new Date(min - pad), new Date(max + pad)];
}

/** Widens [min, max] to hold `ms` when it is finite (an open end is ±Infinity). */
function widen(bounds: Float64Array, ms: number): void {
  if (ms < (bounds[0] as number) && ms > -Infinity) bounds[0] = ms;
  if (ms > (bounds[1] as number) && ms < Infinity) bounds[1] = ms;
}
