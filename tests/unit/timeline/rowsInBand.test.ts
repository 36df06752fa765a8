import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowsInBand } from "../../../src/layout/rowsInBand.ts";

/** Rows of the given heights, stacked from y = 0. */
function stack(heights: readonly number[]) {
  let y = 0;
  return heights.map((height) => {
    const row = { y, height };
    y += height;
    return row;
  });
}

describe("rowsInBand()", () => {
  const rows = stack([40, 100, 60, 80]); // 0–40, 40–140, 140–200, 200–280

  it("gives the rows that meet the band, touching ones included", () => {
    expect(rowsInBand(rows, 50, 150)).toEqual([1, 3]);
    expect(rowsInBand(rows, 140, 140)).toEqual([1, 3]);
    expect(rowsInBand(rows, 0, 10)).toEqual([0, 1]);
  });

  it("gives an empty range above, below or between nothing", () => {
    expect(rowsInBand(rows, 300, 400)).toEqual([4, 4]);
    expect(rowsInBand(rows, -100, -1)).toEqual([0, 0]);
    expect(rowsInBand([], 0, 100)).toEqual([0, 0]);
  });

  it("is exactly the rows a scan of all of them finds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 50 }),
        fc.integer({ min: -100, max: 3000 }),
        fc.integer({ min: 0, max: 1000 }),
        (heights, y0, span) => {
          const all = stack(heights);
          const [from, to] = rowsInBand(all, y0, y0 + span);
          const scanned = all.flatMap((r, i) => (r.y + r.height >= y0 && r.y <= y0 + span ? [i] : []));
          expect(Array.from({ length: to - from }, (_, i) => from + i)).toEqual(scanned);
        },
      ),
    );
  });
});
