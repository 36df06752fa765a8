import type { PlacedItem, PlottedItem } from "./rowLayout.ts";
import { indexLayout, type LaneIndex } from "./visibleItems.ts";

// Each row's part of the index, by its list of placed items: a row that stands as it stood keeps its list
// (rowPacks), so a filter change indexes again only the rows it moved.
const byRow = new WeakMap<readonly PlacedItem[], LaneIndex>();
// A row laid out again at another height, until it is indexed: the list it was before (indexMovedRow).
const movedFrom = new WeakMap<readonly PlacedItem[], readonly PlacedItem[]>();

function rowIndex(placed: readonly PlacedItem[]): LaneIndex {
  let index = byRow.get(placed);
  if (!index) {
    const from = movedFrom.get(placed);
    const part = from && byRow.get(from);
    index = from && part ? movedIndex(from, part, placed) : indexLayout(placed);
    byRow.set(placed, index);
    movedFrom.delete(placed);
  }
  return index;
}

/**
 * Says that `moved` holds the items of `placed` in the same order, each moved down or up by one dy (a row
 * laid out again from the same pack at another height): its part of the index is made from the part of
 * `placed`, in the same order, rather than found again. At 100k events unticking the first of 2,000 shows
 * moves every other row, and finding their lanes again (a map of each row's lanes, sorted) was about a
 * sixth of the change.
 */
export function indexMovedRow(moved: readonly PlacedItem[], placed: readonly PlacedItem[]): void {
  if (byRow.has(placed)) movedFrom.set(moved, placed);
}

/** `part` (the index of `placed`) with each item replaced by the one at its place in `moved`. */
function movedIndex(placed: readonly PlacedItem[], part: LaneIndex, moved: readonly PlacedItem[]): LaneIndex {
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

/**
 * indexLayout() of a layout's placed items, made from its rows' parts (RowLayout's `rowPlaced`), each kept
 * while its row stands as it stood. Rows stack without overlapping, so their lanes' ys and their shelf
 * items, joined in row order, are already in order. At 100k events indexing every item cost about a third
 * of a filter change's layout.
 */
export function indexRows(rowPlaced: readonly (readonly PlacedItem[])[]): LaneIndex {
  const ys: number[] = [];
  const lanes: (readonly PlottedItem[])[] = [];
  const shelf: PlacedItem[] = [];
  for (const placed of rowPlaced) {
    const part = rowIndex(placed);
    for (const y of part.ys) ys.push(y);
    for (const lane of part.lanes) lanes.push(lane);
    for (const p of part.shelf) shelf.push(p);
  }
  return { ys, lanes, shelf };
}
