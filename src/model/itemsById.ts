import { lazyMap } from "./lazyMap.ts";
import type { TimelineItem } from "./timelineItems.ts";

const maps = new WeakMap<readonly TimelineItem[], ReadonlyMap<string, TimelineItem>>();

/**
 * A list's items by id: one map per list, built on first lookup and shared by whoever holds the list (the
 * page's shown items and the chart drawing them). At 100k items a map is about 20 ms to build.
 */
export function itemsById(items: readonly TimelineItem[]): ReadonlyMap<string, TimelineItem> {
  let map = maps.get(items);
  if (!map) {
    map = lazyMap(() => new Map(items.map((item) => [item.id, item])));
    maps.set(items, map);
  }
  return map;
}
