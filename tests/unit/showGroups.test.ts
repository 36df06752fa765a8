import { describe, expect, it } from "vitest";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import { showGroups } from "../../src/model/showGroups.ts";
import { startKey } from "../../src/model/timeOrderKey.ts";
import type { TimelineItem } from "../../src/model/timelineItems.ts";
import { prepareDataset } from "./prepareText.ts";

// 2,000 events in 40 shows of about 50.
const { dataset, items } = prepareDataset(datasetJson(2000, 3, 50));

/** Copies of the items that count how often their show and their start are read. */
function counted(list: readonly TimelineItem[]) {
  const reads = { show: 0, start: 0 };
  const copies = list.map((item) => {
    const copy = { ...item };
    Object.defineProperty(copy, "show", { get: () => ((reads.show += 1), item.show) });
    Object.defineProperty(copy, "start", { get: () => ((reads.start += 1), item.start) });
    return copy as TimelineItem;
  });
  return { copies, reads };
}

describe("the table's groups: the items by show", () => {
  it("keeps the shows in dataset order, each show's items in time order (undated last), and leaves out empty shows", () => {
    const some = items.filter((item) => item.show.id !== dataset.shows[1]?.id);
    const groups = showGroups(dataset.shows, some);
    expect(groups.map((g) => g.show.id)).toEqual(
      dataset.shows.map((s) => s.id).filter((id) => id !== dataset.shows[1]?.id),
    );
    for (const group of groups) {
      expect(group.count).toBe(some.filter((item) => item.show.id === group.show.id).length);
      expect(group.items).toHaveLength(group.count);
      const keys = group.items.map(startKey);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      expect(group.items.every((item) => item.show.id === group.show.id)).toBe(true);
    }
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(some.length);
  });

  it("reads each item's show once, however many shows there are (not once per show)", () => {
    const { copies, reads } = counted(items);
    showGroups(dataset.shows, copies);
    expect(dataset.shows.length).toBeGreaterThan(10);
    expect(reads.show).toBe(items.length);
  });

  it("sorts a show's items only when they are read: counting and finding an item sort nothing", () => {
    const { copies, reads } = counted(items);
    const groups = showGroups(dataset.shows, copies);
    const [first, second] = groups;
    expect(first?.has(copies[0]?.id ?? "")).toBe(copies[0]?.show.id === first?.show.id);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(items.length);
    expect(reads.start).toBe(0);
    // Reading one show's items sorts that show alone: its starts are read, no other show's.
    const before = reads.start;
    expect(second?.items.length).toBe(second?.count);
    expect(reads.start - before).toBeGreaterThan(0);
    const once = reads.start;
    void second?.items;
    expect(reads.start).toBe(once);
  });
});
