import type { XTransform } from "../dates/zoomWindow.ts";
import type { PlottedItem } from "./rowLayout.ts";

/** Buckets per screen pixel in a density band, as Perfetto draws its overview: 2. */
export const BUCKETS_PER_PX = 2;

/** The items of one lane (sorted by fitX0, so by fitX1 too) that meet the screen range [0, width). */
export function inView(lane: readonly PlottedItem[], t: XTransform, width: number): [number, number] {
  const x0 = -t.x / t.k;
  const x1 = (width - t.x) / t.k;
  let lo = 0;
  let hi = lane.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lane[mid]?.placement.fitX1 ?? Infinity) < x0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < lane.length && (lane[end]?.placement.fitX0 ?? Infinity) <= x1) end++;
  return [lo, end];
}

/**
 * Whether a lane's marks in view are too many to draw one by one: more than one per screen pixel on
 * average, so that most would be narrower than a pixel. Such a lane is drawn as a density band instead.
 */
export function isDense(count: number, width: number): boolean {
  return count > width;
}

/**
 * A lane's density band: how many items cover each bucket of the screen range [0, width), at
 * BUCKETS_PER_PX buckets a pixel. An item narrower than a bucket still counts in the one it falls in, so
 * nothing in view is lost. O(items in view + buckets covered).
 */
export function laneDensity(lane: readonly PlottedItem[], t: XTransform, width: number): Uint32Array {
  const buckets = new Uint32Array(Math.max(0, Math.ceil(width * BUCKETS_PER_PX)));
  const last = buckets.length - 1;
  const [from, to] = inView(lane, t, width);
  for (let i = from; i < to; i++) {
    const p = lane[i];
    if (!p) continue;
    const a = Math.floor((t.k * p.placement.fitX0 + t.x) * BUCKETS_PER_PX);
    const b = Math.floor((t.k * p.placement.fitX1 + t.x) * BUCKETS_PER_PX);
    for (let j = Math.max(0, a); j <= Math.min(last, b); j++) buckets[j] = (buckets[j] ?? 0) + 1;
  }
  return buckets;
}
