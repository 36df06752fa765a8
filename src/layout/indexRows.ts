import { onDemand } from "../onDemand.ts";
import type { MovedIndex } from "./movedIndex.ts";
import type { PlacedItem, PlottedItem } from "./rowLayout.ts";
import { indexLayout, type LaneIndex } from "./visibleItems.ts";

// Each row's part of the index, by its list of placed items: a row that stands as it stood keeps its list
// (rowPacks), so a filter change indexes again only the rows it moved.
const byRow = new WeakMap<readonly PlacedItem[], LaneIndex>();
// A row laid out again at another height, until it is indexed: the list it was before (indexMovedRow).
const movedFrom = new WeakMap<readonly PlacedItem[], readonly PlacedItem[]>();

// The swap (movedIndex.ts) is needed only once the reader changes what is shown, so its code loads after the
// first draw (loadMovedIndex): the JavaScript before the first draw is near its budget. Until then a moved row
// is indexed afresh, to the same lists.
const swap = onDemand(() => import("./movedIndex.ts").then((module) => module.movedIndex));

/** Loads the swap of moved rows' parts (movedIndex.ts); a failed download is tried again next time. */
export function loadMovedIndex(): Promise<MovedIndex> {
  return swap.load();
}

function rowIndex(placed: readonly PlacedItem[]): LaneIndex {
  let index = byRow.get(placed);
  if (!index) {
    const from = movedFrom.get(placed);
    const part = from && byRow.get(from);
    const moved = swap.loaded();
    index = from && part && moved ? moved(from, part, placed) : indexLayout(placed);
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
