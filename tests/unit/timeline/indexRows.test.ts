import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/data/schema.ts";
import { indexRows, loadMovedIndex } from "../../../src/layout/indexRows.ts";
import { rowLayout } from "../../../src/layout/rowLayout.ts";
import { rowPacks } from "../../../src/layout/rowPacks.ts";
import { indexLayout } from "../../../src/layout/visibleItems.ts";
import { LAYOUT_OPTIONS, SHOWS, event, fourYears, items } from "./build.ts";

const scale = fourYears();

/** Overlapping windows and releases in every show, and undated ones on three shelves. */
const EVENTS: TimelineEvent[] = [
  event("dd-1", { kind: "filming", season: 1, start: "2014-07", end: "2014-12" }),
  event("dd-2", { kind: "announcement", season: 1, start: "2014-09-15" }),
  event("dd-3", { kind: "filming", season: 1, start: "2014-08", end: "2015-02" }),
  event("dd-4", { season: 2, start: "2016-03-18" }),
  event("dd-5"),
  event("dd-6"),
  event("dd-7"),
  event("jj-1", { show: "jessica-jones", kind: "filming", season: 1, start: "2015-02", end: "2015-08" }),
  event("jj-2", { show: "jessica-jones", season: 1, start: "2015-11-20" }),
  event("jj-3", { show: "jessica-jones", season: 1, start: "2015-11-21" }),
  event("lc-1", { show: "luke-cage", start: "2016-09-30" }),
  event("lc-2", { show: "luke-cage" }),
  event("if-1", { show: "iron-fist", season: 1, start: "2017-03-17" }),
  event("if-2", { show: "iron-fist", kind: "filming", season: 1, start: "2016-04", end: "2016-10" }),
  // A long lane (a release a month, apart enough to share it), searched by its items' fitX0 when it moves.
  ...Array.from({ length: 12 }, (_, i) =>
    event(`lc-r${i + 1}`, {
      show: "luke-cage",
      season: 2,
      start: `2018-${String(i + 1).padStart(2, "0")}-01`,
    }),
  ),
  // A shelf in the last row, which any show above it moves.
  event("if-3", { show: "iron-fist" }),
  event("if-4", { show: "iron-fist" }),
];
const ALL = items(EVENTS);

describe("indexRows()", () => {
  // The chart loads it after its first draw; before that, moved rows are indexed afresh.
  // (Not returned: vitest would take the function it resolves to for a teardown.)
  beforeAll(async () => {
    await loadMovedIndex();
  });

  it("is indexLayout() of all the placed items, through any filter changes with the chart's packs (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: ALL.length, maxLength: ALL.length }), {
          minLength: 1,
          maxLength: 6,
        }),
        (steps) => {
          const packs = rowPacks();
          for (const keep of steps) {
            const list = ALL.filter((_, i) => keep[i]);
            const layout = rowLayout(list, SHOWS, (ms) => scale(ms), LAYOUT_OPTIONS, { packs, key: "wide" });
            expect(indexRows(layout.rowPlaced)).toEqual(indexLayout(layout.placed));
          }
        },
      ),
    );
  });

  it("rows moved up by a show filtered out above them are indexed as afresh: long lanes and shelves too", () => {
    const packs = rowPacks();
    const layout = (list: typeof ALL) =>
      rowLayout(list, SHOWS, (ms) => scale(ms), LAYOUT_OPTIONS, { packs, key: "wide" });
    const before = indexRows(layout(ALL).rowPlaced);
    const moved = layout(ALL.filter((item) => item.show.id !== "daredevil"));
    const after = indexRows(moved.rowPlaced);
    expect(after).toEqual(indexLayout(moved.placed));
    // Every row moved: no lane is kept, and Luke Cage's 12 releases share one lane.
    expect(after.lanes.some((lane) => before.lanes.includes(lane))).toBe(false);
    expect(Math.max(...after.lanes.map((lane) => lane.length))).toBe(12);
    expect(after.shelf.map((p) => p.item.id)).toEqual(["lc-2", "if-3", "if-4"]);
  });

  it("a row that stands as it stood keeps its part of the index: its lanes are the same lists", () => {
    const packs = rowPacks();
    const layout = (list: typeof ALL) =>
      rowLayout(list, SHOWS, (ms) => scale(ms), LAYOUT_OPTIONS, { packs, key: "wide" });
    const before = indexRows(layout(ALL).rowPlaced);
    const after = indexRows(layout(ALL.filter((item) => item.show.id !== "iron-fist")).rowPlaced);
    // Daredevil's first lane, the chart's first.
    expect(after.ys[0]).toBe(before.ys[0]);
    expect(after.lanes[0]).toBe(before.lanes[0]);
  });
});
