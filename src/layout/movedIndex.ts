import type { PlacedItem, PlottedItem } from "./rowLayout.ts";
import type { LaneIndex } from "./visibleItems.ts";

/** movedIndex's type, for indexRows.ts, which loads it after the first draw. */
export type MovedIndex = typeof movedIndex;

/**
 * `part` (the index of `placed`) with each item replaced by the one at its place in `moved`: the part of a
 * row laid out again at another height from the same pack (indexMovedRow, indexRows.ts).
 */
export function movedIndex(
  placed: readonly PlacedItem[],
  part: LaneIndex,
  moved: readonly PlacedItem[],
): LaneIndex {
  const lanes = part.lanes.map((lane) => lane.slice());
  const shelf = part.shelf.slice();
  // The shelf is in the order of the list: its lines go down as the list goes on, and its sort is stable.
  let shelved = 0;
  placed.forEach((p, i) => {
    const to = moved[i] as PlottedItem;
    // The lane at the item's y holds it, or else the shelf does (a shelf line may share a lane's y). Most
    // lanes hold an item or two: found by identity, reading no placement (reading each item's placement
    // made this about as slow as indexing the row afresh).
    const l = laneOf(part.ys, p.y);
    const was = part.lanes[l];
    const k = !was ? -1 : was.length <= SHORT_LANE ? was.indexOf(p as PlottedItem) : slotOf(was, p);
    if (k >= 0) (lanes[l] as PlottedItem[])[k] = to;
    else shelf[shelved++] = to;
  });
  // Each lane's y read from its items, not shifted by arithmetic: the same numbers a fresh index holds.
  return { ys: lanes.map((lane) => (lane[0] as PlottedItem).y), lanes, shelf };
}

/** Lanes longer than this are searched by fitX0 rather than item by item. */
const SHORT_LANE = 8;

/** The lane at `y` in a lane index's ascending ys. */
function laneOf(ys: readonly number[], y: number): number {
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ys[mid] as number) < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The slot of `p` in a long lane, by its fitX0 (a lane holds no overlaps, so its items' fitX0 go up); a
 * plain search if another item stands there (two sharing a fitX0); -1 for a shelf item.
 */
function slotOf(lane: readonly PlottedItem[], p: PlacedItem): number {
  if (p.placement.at !== "plot") return -1;
  const x = p.placement.fitX0;
  let lo = 0;
  let hi = lane.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lane[mid] as PlottedItem).placement.fitX0 < x) lo = mid + 1;
    else hi = mid;
  }
  return lane[lo] === p ? lo : lane.indexOf(p as PlottedItem);
}
