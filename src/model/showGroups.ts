import type { Show } from "../data/schema.ts";
import type { TimelineItem } from "./timelineItems.ts";
import { compareIds, startKey } from "./timeOrderKey.ts";

export interface ShowGroup {
  readonly show: Show;
  /** How many items the show has, known without sorting them. */
  readonly count: number;
  /** In time order, undated last: sorted when first read, so a show none of whose rows is shown is never sorted. */
  readonly items: readonly TimelineItem[];
  /** Whether the item is in this show, without sorting its items. */
  has(id: string): boolean;
}

class LazyGroup implements ShowGroup {
  #sorted = false;
  constructor(
    readonly show: Show,
    private readonly list: TimelineItem[],
  ) {}
  get count(): number {
    return this.list.length;
  }
  get items(): readonly TimelineItem[] {
    if (!this.#sorted) {
      this.list.sort((a, b) => startKey(a) - startKey(b) || compareIds(a.id, b.id));
      this.#sorted = true;
    }
    return this.list;
  }
  has(id: string): boolean {
    return this.list.some((item) => item.id === id);
  }
}

/**
 * Items grouped by show (in dataset order, shows without items left out). One pass over the items: a
 * filter per show was shows × items, 200 million steps for 100k events in 2,000 shows (1.8 s on switching
 * to the table), and each show's items are sorted only when its rows are shown.
 */
export function showGroups(shows: readonly Show[], items: readonly TimelineItem[]): ShowGroup[] {
  const byShow = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const id = item.show.id;
    const list = byShow.get(id);
    if (list) list.push(item);
    else byShow.set(id, [item]);
  }
  const groups: ShowGroup[] = [];
  for (const show of shows) {
    const list = byShow.get(show.id);
    if (list) groups.push(new LazyGroup(show, list));
  }
  return groups;
}
