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
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to || compareIds(a.id, b.id));
  const ends: number[] = [];
  const empty: boolean[] = [];
  const busy = new Heap((lane) => ends[lane] ?? Infinity);
  const free = new Heap((lane) => lane);
  const lane = new Map<string, number>();
  for (const span of sorted) {
    const isEmpty = span.to <= span.from;
    // Lanes that ended before this span (less the gap) are free for good: starts only grow from here.
    while (busy.topKey() + gap < span.from) free.push(busy.pop());
    // Lanes ending exactly `gap` before it are free for this span only if neither side is a point.
    const touching: number[] = [];
    while (busy.size > 0 && busy.topKey() + gap === span.from) touching.push(busy.pop());
    for (const t of touching) {
      if (!isEmpty && !empty[t]) free.push(t);
      else busy.push(t);
    }
    const index = free.size > 0 ? free.pop() : ends.length;
    ends[index] = span.to;
    empty[index] = isEmpty;
    busy.push(index);
    lane.set(span.id, index);
  }
  return { lane, count: ends.length };
}
