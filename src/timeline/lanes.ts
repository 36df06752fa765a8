/** Something that occupies [from, to] on a line; `id` breaks ties so the result never depends on order. */
export interface Span {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Packs spans into as few lanes as a greedy sweep allows: each span goes into the first lane whose last
 * span ends at least `gap` before it starts (touching spans share a lane). Returns the lane of each span id and the number of lanes.
 * Spans are sorted first, so the result does not depend on input order.
 */
export function lanes(spans: readonly Span[], gap = 0): { lane: Map<string, number>; count: number } {
  const sorted = [...spans].sort(
    (a, b) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const ends: number[] = [];
  const empty: boolean[] = [];
  const lane = new Map<string, number>();
  for (const span of sorted) {
    const isEmpty = span.to <= span.from;
    // Touching spans share a lane, but a point touching anything would sit on it: that needs a gap.
    const free = (end: number, i: number) =>
      end + gap < span.from || (end + gap === span.from && !isEmpty && !empty[i]);
    let index = ends.findIndex(free);
    if (index < 0) index = ends.length;
    ends[index] = span.to;
    empty[index] = isEmpty;
    lane.set(span.id, index);
  }
  return { lane, count: ends.length };
}
