import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/data/schema.ts";
import { placedLookup } from "../../../src/layout/placedLookup.ts";
import { rowLayout } from "../../../src/layout/rowLayout.ts";
import { itemsById } from "../../../src/model/itemsById.ts";
import { LAYOUT_OPTIONS, SHOWS, event, fourYears, items } from "./build.ts";

const scale = fourYears();

/** Overlapping windows and releases in three shows, and undated ones on a shelf. */
const EVENTS: TimelineEvent[] = [
  event("dd-1", { kind: "filming", season: 1, start: "2014-07", end: "2014-12" }),
  event("dd-2", { kind: "announcement", season: 1, start: "2014-09-15" }),
  event("dd-3", { kind: "filming", season: 1, start: "2014-08", end: "2015-02" }),
  event("dd-4"),
  event("dd-5"),
  event("jj-1", { show: "jessica-jones", kind: "filming", season: 1, start: "2015-02", end: "2015-08" }),
  event("jj-2", { show: "jessica-jones", season: 1, start: "2015-11-20" }),
  event("if-1", { show: "iron-fist", season: 1, start: "2017-03-17" }),
  event("if-2", { show: "iron-fist" }),
];
const ALL = items(EVENTS);

describe("placedLookup()", () => {
  it("finds every placed item by id, the layout's very object, shelf items too", () => {
    const layout = rowLayout(ALL, SHOWS, (ms) => scale(ms), LAYOUT_OPTIONS);
    const lookup = placedLookup(layout, itemsById(ALL));
    for (const p of layout.placed) expect(lookup.get(p.item.id)).toBe(p);
    expect(lookup.get("dd-5")?.placement.at).toBe("shelf");
  });

  it("finds nothing for an id the items lack", () => {
    const layout = rowLayout(ALL, SHOWS, (ms) => scale(ms), LAYOUT_OPTIONS);
    const lookup = placedLookup(layout, itemsById(ALL));
    expect(lookup.get("dd-9")).toBeUndefined();
    expect(lookup.has("dd-9")).toBe(false);
  });

  it("finds nothing in a row not laid out yet (a first draw's rows stop at `until`)", () => {
    const layout = rowLayout(ALL, SHOWS, (ms) => scale(ms), { ...LAYOUT_OPTIONS, until: 1 });
    const lookup = placedLookup(layout, itemsById(ALL));
    expect(layout.rows.map((row) => row.show.id)).toEqual(["daredevil"]);
    expect(lookup.has("dd-1")).toBe(true);
    expect(lookup.has("jj-1")).toBe(false);
    expect(lookup.get("if-2")).toBeUndefined();
  });

  it("agrees with a map of the placed items for any items shown (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: ALL.length, maxLength: ALL.length }), (keep) => {
        const shown = ALL.filter((_, i) => keep[i]);
        const layout = rowLayout(shown, SHOWS, (ms) => scale(ms), LAYOUT_OPTIONS);
        const lookup = placedLookup(layout, itemsById(shown));
        const map = new Map(layout.placed.map((p) => [p.item.id, p]));
        for (const item of ALL) {
          expect(lookup.get(item.id)).toBe(map.get(item.id));
          expect(lookup.has(item.id)).toBe(map.has(item.id));
        }
      }),
    );
  });
});

describe("itemsById()", () => {
  it("is one map per list, shared by whoever asks, and another for another list", () => {
    const shown = ALL.slice(0, 4);
    expect(itemsById(shown)).toBe(itemsById(shown));
    expect(itemsById(shown).get("dd-2")).toBe(ALL[1]);
    expect(itemsById(shown).has("jj-1")).toBe(false);
    expect(itemsById([...shown])).not.toBe(itemsById(shown));
  });
});
