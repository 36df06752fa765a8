import type { PlacedItem } from "./rowLayout.ts";

export type NavigationKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End";

/** Time order: by start, undated (shelf) items last, then by row, then id. */
function timeKey(p: PlacedItem): number {
  const start = p.item.start;
  return start === null ? Infinity : Number.isFinite(start.earliest) ? start.earliest : start.latest;
}

export function timeOrder(placed: readonly PlacedItem[]): PlacedItem[] {
  const key = timeKey;
  return [...placed].sort(
    (a, b) => key(a) - key(b) || a.row - b.row || a.y - b.y || (a.item.id < b.item.id ? -1 : 1),
  );
}

/**
 * Which item a key moves focus to: left/right step through time order; up/down go to the nearest item in
 * time in the previous/next row that has one; Home/End to the first/last. Null: stay.
 */
export function nextItem(
  order: readonly PlacedItem[],
  currentId: string,
  key: NavigationKey,
): PlacedItem | null {
  const index = order.findIndex((p) => p.item.id === currentId);
  if (index < 0) return order[0] ?? null;
  if (key === "Home") return order[0] ?? null;
  if (key === "End") return order[order.length - 1] ?? null;
  if (key === "ArrowLeft") return order[index - 1] ?? null;
  if (key === "ArrowRight") return order[index + 1] ?? null;
  const current = order[index];
  if (!current) return null;
  const rows = [...new Set(order.map((p) => p.row))].sort((a, b) => a - b);
  const targetRow = rows[rows.indexOf(current.row) + (key === "ArrowDown" ? 1 : -1)];
  if (targetRow === undefined) return null;
  // Nearest in time; undated items count as the end of time, and ties go to the earlier in order.
  const here = timeKey(current);
  const distance = (p: PlacedItem) => {
    const there = timeKey(p);
    return there === here ? 0 : Math.abs(there - here);
  };
  let best: PlacedItem | null = null;
  for (const p of order) {
    if (p.row !== targetRow) continue;
    // From the shelf, the row's latest item is nearest (order is by time, so the last one seen).
    if (
      here === Infinity
        ? best === null || timeKey(best) !== Infinity
        : best === null || distance(p) < distance(best)
    ) {
      best = p;
    }
  }
  return best;
}
