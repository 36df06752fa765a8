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
  let min = Infinity;
  let max = -Infinity;
  const add = (ms: number) => {
    if (Number.isFinite(ms)) {
      min = Math.min(min, ms);
      max = Math.max(max, ms);
    }
  };
  // No list per item: at 100k items those arrays were most of this loop's cost.
  for (const item of items) {
    const { start, end } = item;
    if (start) {
      add(start.earliest);
      add(start.latest);
    }
    if (end) {
      add(end.earliest);
      add(end.latest);
    }
  }
  extra.forEach(add);
  if (min > max) return [new Date(fallback - YEAR / 2), new Date(fallback + YEAR / 2)];
  const pad = Math.max((max - min) * 0.04, 15 * 86_400_000);
  return [new Date(min - pad), new Date(max + pad)];
}
