import type { Show } from "../data/schema.ts";
import type { TimelineItem } from "./timelineItems.ts";
import { compareIds, startKey } from "./timeOrderKey.ts";

export interface ShowGroup {
  readonly show: Show;
  readonly items: readonly TimelineItem[];
}

/** Items grouped by show (in dataset order, shows without items left out), each in time order, undated last. */
export function showGroups(shows: readonly Show[], items: readonly TimelineItem[]): ShowGroup[] {
  return shows
    .map((show) => ({
      show,
      items: items
        .filter((item) => item.show.id === show.id)
        .sort((a, b) => startKey(a) - startKey(b) || compareIds(a.id, b.id)),
    }))
    .filter((group) => group.items.length > 0);
}
