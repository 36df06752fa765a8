import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/data/schema.ts";
import { firstInTime, nextItem, timeOrder, type NavigationKey } from "../../../src/layout/keyboardOrder.ts";
import { rowLayout, type PlacedItem } from "../../../src/layout/rowLayout.ts";
import { SHOWS, event, items, utcScale } from "./build.ts";

const x = utcScale(Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1), [0, 1461]);
const OPTIONS = { laneHeight: 20, rowPadding: 6, markerWidth: 12, shelfColumns: 4 };

function order(events: readonly TimelineEvent[]): PlacedItem[] {
  return timeOrder(rowLayout(items(events), SHOWS, (ms) => x(ms), OPTIONS).placed);
}

// Rows: Daredevil 0, Jessica Jones 1, Luke Cage 2.
const ORDER = order([
  event("lc-undated", { show: "luke-cage" }),
  event("dd-undated"),
  event("lc-1", { show: "luke-cage", start: "2016-09-30" }),
  event("dd-2", { start: "2016-03-18" }),
  event("jj-1", { show: "jessica-jones", start: "2015-11-20" }),
  event("lc-0", { show: "luke-cage", start: "2015-04-10" }),
  event("dd-1", { start: "2015-04-10" }),
  // Open start: ordered by the end of January 2015, its known side.
  event("jj-open", { show: "jessica-jones", start: "../2015-01" }),
]);

const move = (from: string, key: NavigationKey, list: readonly PlacedItem[] = ORDER) =>
  nextItem(list, from, key)?.item.id ?? null;

describe("timeOrder()", () => {
  it("timeOrder() sorts by start, then by row, with undated items last", () => {
    expect(ORDER.map((p) => [p.item.id, p.row])).toEqual([
      ["jj-open", 1],
      ["dd-1", 0],
      ["lc-0", 2],
      ["jj-1", 1],
      ["dd-2", 0],
      ["lc-1", 2],
      ["dd-undated", 0],
      ["lc-undated", 2],
    ]);
  });

  it("timeOrder() does not change its input", () => {
    const placed = rowLayout(
      items([event("b", { start: "2017" }), event("a", { start: "2016" })]),
      SHOWS,
      (ms) => x(ms),
      OPTIONS,
    ).placed;
    const before = placed.map((p) => p.item.id);
    expect(timeOrder(placed).map((p) => p.item.id)).toEqual(["a", "b"]);
    expect(placed.map((p) => p.item.id)).toEqual(before);
  });
});

describe("nextItem()", () => {
  it("nextItem() steps through time order with ArrowLeft and ArrowRight", () => {
    expect(move("dd-1", "ArrowRight")).toBe("lc-0");
    expect(move("dd-1", "ArrowLeft")).toBe("jj-open");
    expect(move("lc-1", "ArrowRight")).toBe("dd-undated");
  });

  it("nextItem() returns null past the first and the last item", () => {
    expect(move("jj-open", "ArrowLeft")).toBeNull();
    expect(move("lc-undated", "ArrowRight")).toBeNull();
  });

  it("nextItem() goes to the first item on Home and the last on End", () => {
    expect(move("jj-1", "Home")).toBe("jj-open");
    expect(move("jj-1", "End")).toBe("lc-undated");
  });

  it("nextItem() goes to the first item from an id it does not know", () => {
    expect(move("nope", "ArrowRight")).toBe("jj-open");
  });

  it("nextItem() returns null for an empty order", () => {
    expect(move("nope", "Home", [])).toBeNull();
    expect(move("nope", "ArrowDown", [])).toBeNull();
  });

  it("nextItem() goes up and down to the nearest item in the adjacent row", () => {
    expect(move("dd-2", "ArrowDown")).toBe("jj-1");
    expect(move("jj-1", "ArrowUp")).toBe("dd-2");
    expect(move("jj-1", "ArrowDown")).toBe("lc-0");
    expect(move("lc-1", "ArrowUp")).toBe("jj-1");
    expect(move("dd-undated", "ArrowDown")).toBe("jj-1");
  });

  it("nextItem() returns null above the first row and below the last", () => {
    expect(move("dd-1", "ArrowUp")).toBeNull();
    expect(move("lc-1", "ArrowDown")).toBeNull();
  });

  it("nextItem() skips a row with no items in the order", () => {
    const withoutJessica = ORDER.filter((p) => p.row !== 1);
    expect(move("dd-1", "ArrowDown", withoutJessica)).toBe("lc-0");
    expect(move("lc-undated", "ArrowUp", withoutJessica)).toBe("dd-undated");
  });

  // x (Daredevil, 10 Apr 2016) has p (1 Jan, 100 days away) and q (1 Jun, 52 days away) below it, with
  // four Luke Cage items between x and q in the order: nearness is measured in time, not in the order.
  it("nextItem() goes down to the item nearest in time, however many items lie between", () => {
    const list = order([
      event("x", { start: "2016-04-10" }),
      event("p", { show: "jessica-jones", start: "2016-01-01" }),
      event("q", { show: "jessica-jones", start: "2016-06-01" }),
      ...[11, 12, 13, 14].map((day) => event(`r${day}`, { show: "luke-cage", start: `2016-04-${day}` })),
    ]);
    expect(move("x", "ArrowDown", list)).toBe("q");
  });
});

describe("firstInTime()", () => {
  it("firstInTime() is the head of timeOrder(), without the sort", () => {
    expect(firstInTime(ORDER)?.item.id).toBe(timeOrder(ORDER)[0]?.item.id);
    expect(firstInTime([])).toBeNull();
  });

  it("firstInTime() agrees with timeOrder() on random layouts (fast-check, 1000 runs)", () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((d) => new Date(Date.UTC(2010, 0, 1 + d)).toISOString().slice(0, 10));
    const shows = SHOWS.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            fc.integer({ min: 0, max: 50 }),
            fc.constantFrom(...shows),
            fc.option(day, { nil: undefined }),
          ),
          {
            selector: ([id]) => id,
            maxLength: 15,
          },
        ),
        (specs) => {
          const placed = order(
            specs.map(([id, show, start]) =>
              event(`e${id}`, start === undefined ? { show } : { show, start }),
            ),
          );
          expect(firstInTime(placed)?.item.id).toBe(timeOrder(placed)[0]?.item.id);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
