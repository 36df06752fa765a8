import { FILTERS, type FilterKey } from "./filterDescriptors.ts";
import type { TimelineItem } from "./timelineItems.ts";

/** How many items each filter value would show, per filter (FILTERS): by show id, kind, certainty, publisher. */
export type ItemCounts = { readonly [K in FilterKey]: ReadonlyMap<string, number> };

export function itemCounts(items: readonly TimelineItem[]): ItemCounts {
  const counts = FILTERS.map((f) => [f, new Map<string, number>()] as const);
  for (const item of items) {
    for (const [f, map] of counts) for (const v of f.of(item)) map.set(v, (map.get(v) ?? 0) + 1);
  }
  return Object.fromEntries(counts.map(([f, map]) => [f.key, map])) as unknown as ItemCounts;
}
