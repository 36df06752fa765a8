/** Something that occupies [from, to] on a line; `id` breaks ties so the result never depends on order. */
export interface Span {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Packs spans into as few lanes as a greedy sweep allows: each span goes into the first lane whose last
 * span ends before it starts (a `gap` apart). Returns the lane of each span id and the number of lanes.
 * Spans are sorted first, so the result does not depend on input order.
 */
export function lanes(spans: readonly Span[], gap = 0): { lane: Map<string, number>; count: number } {
  const sorted = [...spans].sort(
    (a, b) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const ends: number[] = [];
  const lane = new Map<string, number>();
  for (const span of sorted) {
    let index = ends.findIndex((end) => end + gap < span.from);
    if (index < 0) index = ends.push(span.to) - 1;
    else ends[index] = span.to;
    lane.set(span.id, index);
  }
  return { lane, count: ends.length };
}
