import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlacedItem } from "../../../src/layout/rowLayout.ts";
import { indexLayout, visibleItems } from "../../../src/layout/visibleItems.ts";

/** A placed item stand-in: only id, lane y, shelf column and fit extent matter here. */
const placed = (id: string, y: number, fitX0: number, fitX1: number, shelf = false) =>
  ({
    item: { id },
    row: 0,
    y,
    placement: shelf ? { at: "shelf", column: 0 } : { at: "plot", fitX0, fitX1 },
  }) as unknown as PlacedItem;
const ids = (list: readonly PlacedItem[]) => list.map((p) => p.item.id).sort();

describe("visibleItems()", () => {
  const layout = [
    placed("a", 10, 0, 50),
    placed("b", 10, 60, 120),
    placed("c", 10, 200, 260),
    placed("d", 40, 100, 400),
    placed("e", 70, 0, 30),
    placed("shelf-1", 10, 0, 0, true),
    placed("shelf-2", 70, 0, 0, true),
  ];
  const index = indexLayout(layout);

  it("visibleItems() returns the items whose lanes and extents meet the view", () => {
    expect(ids(visibleItems(index, 0, 50, 55, 150))).toEqual(["b", "d", "shelf-1"]);
  });

  it("visibleItems() includes items that only touch the view's edges", () => {
    expect(ids(visibleItems(index, 10, 10, 50, 60))).toEqual(["a", "b", "shelf-1"]);
  });

  it("visibleItems() returns nothing above, below or beside every item", () => {
    expect(visibleItems(index, 100, 200, 0, 1000)).toEqual([]);
    expect(ids(visibleItems(index, 0, 100, 500, 600))).toEqual(["shelf-1", "shelf-2"]);
  });

  it("visibleItems() agrees with a plain filter on random layouts (fast-check, 1000 runs)", () => {
    const lane = fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 })), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(lane, { maxLength: 8 }),
        fc.integer({ min: -50, max: 700 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (lanes, x0, w, y0, h) => {
          // Each lane: non-overlapping spans, as packing leaves them.
          const all = lanes.flatMap((spans, l) => {
            let cursor = 0;
            return spans.map(([gap, width], i) => {
              const from = cursor + gap;
              cursor = from + width + 1;
              return placed(`l${l}-${i}`, l * 32 + 16, from, from + width);
            });
          });
          const got = ids(visibleItems(indexLayout(all), y0, y0 + h, x0, x0 + w));
          const expected = ids(
            all.filter(
              (p) =>
                p.y >= y0 &&
                p.y <= y0 + h &&
                p.placement.at === "plot" &&
                p.placement.fitX1 >= x0 &&
                p.placement.fitX0 <= x0 + w,
            ),
          );
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("indexLayout() orders each lane by fitX0 as a stable sort does, short lanes and long (fast-check)", () => {
    fc.assert(
      fc.property(
        // Few lanes and few distinct x values: long lanes (over the insertion sort's limit) and ties.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 20 })), {
          maxLength: 120,
        }),
        (spans) => {
          const all = spans.map(([lane, x], i) => placed(`p${i}`, lane * 32 + 16, x, x + 5));
          const index = indexLayout(all);
          index.ys.forEach((y, i) => {
            const expected = all
              .filter((p) => p.y === y)
              .sort((a, b) =>
                a.placement.at === "plot" && b.placement.at === "plot"
                  ? a.placement.fitX0 - b.placement.fitX0
                  : 0,
              );
            expect(index.lanes[i]?.map((p) => p.item.id)).toEqual(expected.map((p) => p.item.id));
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
