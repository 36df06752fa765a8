import type { PlacedItem } from "./rowLayout.ts";

/** Whether two placed items are the same item at the same place. */
function samePlace(a: PlacedItem, b: PlacedItem): boolean {
  if (a.item !== b.item || a.row !== b.row || a.y !== b.y) return false;
  const p = a.placement;
  const q = b.placement;
  return p.at === "plot"
    ? q.at === "plot" && p.fitX0 === q.fitX0 && p.fitX1 === q.fitX1
    : q.at === "shelf" && p.column === q.column;
}

/**
 * A function that gives back the list it is given, or the list it gave last time when the two place the
 * same items at the same places, in the same order. A layout made again (all the rows after the first
 * draw's few, a filter that changes nothing in view) makes new placed items: with the same list, what is
 * drawn from it (marks, labels) is not made again.
 */
export function placedListReuser(): (list: readonly PlacedItem[]) => readonly PlacedItem[] {
  let last: readonly PlacedItem[] = [];
  return (list) => {
    const same = list.length === last.length && list.every((p, i) => samePlace(p, last[i] as PlacedItem));
    if (!same) last = list;
    return last;
  };
}
