import type { TimelineItem } from "./timelineItems.ts";

/** How many items each filter value would show: by show id, kind, certainty and publisher. */
export interface ItemCounts {
  readonly shows: ReadonlyMap<string, number>;
  readonly kinds: ReadonlyMap<string, number>;
  readonly certainties: ReadonlyMap<string, number>;
  /** An item counts once per publisher, however many of its sources that publisher wrote. */
  readonly publishers: ReadonlyMap<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function itemCounts(items: readonly TimelineItem[]): ItemCounts {
  const shows = new Map<string, number>();
  const kinds = new Map<string, number>();
  const certainties = new Map<string, number>();
  const publishers = new Map<string, number>();
  for (const item of items) {
    bump(shows, item.show.id);
    bump(kinds, item.event.kind);
    bump(certainties, item.event.certainty);
    item.sources.forEach((source, i) => {
      if (!item.sources.slice(0, i).some((s) => s.publisher === source.publisher))
        bump(publishers, source.publisher);
    });
  }
  return { shows, kinds, certainties, publishers };
}
