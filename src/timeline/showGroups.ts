import type { Show } from "../data/schema.ts";
import type { TimelineItem } from "./timelineItems.ts";

export interface ShowGroup {
  readonly show: Show;
  readonly items: readonly TimelineItem[];
}

/** Items grouped by show (in dataset order, shows without items left out), each in time order, undated last. */
export function showGroups(shows: readonly Show[], items: readonly TimelineItem[]): ShowGroup[] {
  const key = (item: TimelineItem) =>
    item.start === null
      ? Infinity
      : Number.isFinite(item.start.earliest)
        ? item.start.earliest
        : item.start.latest;
  return shows
    .map((show) => ({
      show,
      items: items
        .filter((item) => item.show.id === show.id)
        .sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    }))
    .filter((group) => group.items.length > 0);
}
