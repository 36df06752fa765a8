import { compareIds } from "../model/timeOrderKey.ts";

/** Something that occupies [from, to] on a line; `id` breaks ties so the result never depends on order. */
export interface Span {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/** A binary min-heap of lane indices, ordered by `key`. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly key: (lane: number) => number) {}
  get size() {
    return this.items.length;
  }
  /** The smallest key in the heap, Infinity when empty. */
  topKey(): number {
    const top = this.items[0];
    return top === undefined ? Infinity : this.key(top);
  }
  push(lane: number) {
    const { items, key } = this;
    let i = items.length;
    items.push(lane);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent] ?? lane;
      if (key(above) <= key(lane)) break;
      items[i] = above;
      i = parent;
    }
    items[i] = lane;
  }
  pop(): number {
    const { items, key } = this;
    const top = items[0] ?? -1;
    const last = items.pop();
    if (last !== undefined && items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        const l = items[left];
        if (l === undefined) break;
        const r = items[right];
        const child = r !== undefined && key(r) < key(l) ? right : left;
        const smaller = child === right && r !== undefined ? r : l;
        if (key(smaller) >= key(last)) break;
        items[i] = smaller;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/**
 * Packs spans into as few lanes as a greedy sweep allows: each span goes into the lowest lane whose last
 * span ends at least `gap` before it starts (touching spans share a lane, but a point touching anything
 * would sit on it, so that needs a gap). Returns the lane of each span id and the number of lanes. Spans
 * are sorted first, so the result does not depend on input order. O(n log n): busy lanes wait in a heap by
 * their end, freed lanes in a heap by their index.
 */
export function lanes(spans: readonly Span[], gap = 0): { lane: Map<string, number>; count: number } {
  const from = spans.map((s) => s.from);
  const to = spans.map((s) => s.to);
  const laneOf = new Int32Array(spans.length);
  const count = packLanes(spans.length, from, to, (i) => spans[i]?.id ?? "", gap, laneOf);
  const lane = new Map<string, number>();
  spans.forEach((span, i) => lane.set(span.id, laneOf[i] ?? 0));
  return { lane, count };
}

/**
 * lanes() over parallel lists, without an object per span: span i (of the first `n`) is [from[i], to[i]],
 * named idOf(i). Writes span i's lane to laneOf[i]; returns the number of lanes. The layout packs every
 * season of every row this way: at 100k events the span objects and the id map cost more than the sweep.
 */
export function packLanes(
  n: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  idOf: (i: number) => string,
  gap: number,
  laneOf: Int32Array,
): number {
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort(
    (a, b) => (from[a] ?? 0) - (from[b] ?? 0) || (to[a] ?? 0) - (to[b] ?? 0) || compareIds(idOf(a), idOf(b)),
  );
  const ends: number[] = [];
  const empty: boolean[] = [];
  const busy = new Heap((lane) => ends[lane] ?? Infinity);
  const free = new Heap((lane) => lane);
  for (const i of order) {
    const start = from[i] ?? 0;
    const end = to[i] ?? 0;
    const isEmpty = end <= start;
    // Lanes that ended before this span (less the gap) are free for good: starts only grow from here.
    while (busy.topKey() + gap < start) free.push(busy.pop());
    // Lanes ending exactly `gap` before it are free for this span only if neither side is a point.
    if (busy.size > 0 && busy.topKey() + gap === start) {
      const touching: number[] = [];
      while (busy.size > 0 && busy.topKey() + gap === start) touching.push(busy.pop());
      for (const t of touching) {
        if (!isEmpty && !empty[t]) free.push(t);
        else busy.push(t);
      }
    }
    const index = free.size > 0 ? free.pop() : ends.length;
    ends[index] = end;
    empty[index] = isEmpty;
    busy.push(index);
    laneOf[i] = index;
  }
  return ends.length;
}
