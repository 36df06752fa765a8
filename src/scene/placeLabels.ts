/** A mark that wants its label shown: its lane, its drawn extent and its label's width, px. */
export interface LabelRequest {
  readonly id: string;
  /** Marks share a lane when they share this (their centre line); labels never leave their lane. */
  readonly lane: number;
  readonly x0: number;
  readonly x1: number;
  readonly width: number;
}

/** Space between a mark and its label, and between a label and whatever is next to it, px. */
export const LABEL_GAP = 4;

/**
 * Greedy label placement per lane, as labelling libraries do: in each lane, marks from left to right try
 * their candidate positions in order (beside the mark on the right; on the left only when the right runs
 * out of the view; on the mark, last, when it is across the whole view), and keep the first that overlaps no
 * other mark and no label placed before it, within `bounds`. A label with no room is dropped, never its mark, and a mark wholly out of `bounds` has none.
 * Returns each placed label's left edge.
 *
 * Zooming in only spreads marks apart (lanes are packed at the fitted zoom), so a label placed at one zoom
 * is placed at every closer one.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: readonly [number, number],
): Map<string, number> {
  const [lo, hi] = bounds;
  const byLane = new Map<number, LabelRequest[]>();
  for (const r of requests) {
    const list = byLane.get(r.lane);
    if (list) list.push(r);
    else byLane.set(r.lane, [r]);
  }
  const placed = new Map<string, number>();
  for (const marks of byLane.values()) {
    marks.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const labels: [number, number][] = [];
    const reach: number[] = [];
    marks.forEach((m, i) => reach.push(Math.max(m.x1, reach[i - 1] ?? -Infinity)));
    const free = (a: number, b: number, i: number) => {
      if (a < lo || b > hi) return false;
      for (let j = i + 1; j < marks.length; j++) {
        const m = marks[j];
        if (!m || m.x0 >= b + LABEL_GAP) break;
        if (m.x1 > a - LABEL_GAP) return false;
      }
      // Marks before i: the running maximum of their right edges says when none further back can reach.
      for (let j = i - 1; j >= 0 && (reach[j] ?? -Infinity) > a - LABEL_GAP; j--) {
        const m = marks[j];
        if (m && m.x1 > a - LABEL_GAP && m.x0 < b + LABEL_GAP) return false;
      }
      return labels.every(([c, d]) => d + LABEL_GAP <= a || c >= b + LABEL_GAP);
    };
    marks.forEach((m, i) => {
      // A mark out of the view has no label in it: beside the view's edge, it named nothing the reader saw.
      if (m.width <= 0 || m.x1 < lo || m.x0 > hi) return;
      const right: [number, number] = [m.x1 + LABEL_GAP, m.x1 + LABEL_GAP + m.width];
      const left: [number, number] = [m.x0 - LABEL_GAP - m.width, m.x0 - LABEL_GAP];
      const candidates = right[1] > hi ? [right, left] : [right];
      // A mark across the whole view (zoomed into a long bar, a year's span) has no room on either side: its
      // label goes on it, at the view's left edge. Only then: a mark across the view is across it at every
      // closer zoom, so the label stays; one on a mark only partly in view went as a zoom cut the part.
      if (m.x0 <= lo && m.x1 >= hi && lo + 2 * LABEL_GAP + m.width <= hi)
        candidates.push([lo + LABEL_GAP, lo + LABEL_GAP + m.width]);
      const spot = candidates.find(([a, b]) => free(a, b, i));
      if (spot) {
        labels.push(spot);
        placed.set(m.id, spot[0]);
      }
    });
  }
  return placed;
}
