import type { TimelineItem } from "./timelineItems.ts";

/** What the chart's summary says of its items besides their number. */
export interface ItemTally {
  /** Shows with at least one item: the chart's rows. */
  readonly shows: number;
  /** Items with no announced date: the shelf. */
  readonly undated: number;
}

/**
 * Counted from the items, not from the layout: a chart's first render lays out only the rows in view, and
 * its summary still tells of all of them.
 */
export function itemTally(items: readonly TimelineItem[]): ItemTally {
  const shows = new Set<string>();
  let undated = 0;
  for (const item of items) {
    shows.add(item.show.id);
    if (item.start === null) undated++;
  }
  return { shows: shows.size, undated };
}
