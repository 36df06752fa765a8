import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CANVAS_MARGIN, canvasBand } from "../../../src/layout/canvasBand.ts";

const VIEW = 675;
const ROWS = 400_000;
const FULL = VIEW + 2 * CANVAS_MARGIN;

describe("the band of rows the marks canvas covers", () => {
  it("covers the rows in view and a margin above and below them", () => {
    expect(canvasBand(100_000, VIEW, ROWS)).toEqual({ top: 100_000 - CANVAS_MARGIN, tall: FULL });
  });

  it("at the first rows, starts at the top and keeps its height", () => {
    expect(canvasBand(0, VIEW, ROWS)).toEqual({ top: 0, tall: FULL });
    expect(canvasBand(100, VIEW, ROWS)).toEqual({ top: 0, tall: FULL });
  });

  it("at the last rows, stops at the end and keeps its height (a new size would reallocate the canvas)", () => {
    expect(canvasBand(ROWS - VIEW, VIEW, ROWS)).toEqual({ top: ROWS - FULL, tall: FULL });
    expect(canvasBand(ROWS - VIEW - 100, VIEW, ROWS)).toEqual({ top: ROWS - FULL, tall: FULL });
  });

  it("covers a chart shorter than the band whole", () => {
    expect(canvasBand(0, VIEW, 500)).toEqual({ top: 0, tall: 500 });
    expect(canvasBand(200, VIEW, 1000)).toEqual({ top: 0, tall: 1000 });
  });

  it("wherever the rows are scrolled, it covers the view, inside the rows, at one height", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (view, rows, at) => {
          const scrollTop = Math.floor(Math.max(0, rows - view) * at);
          const { top, tall } = canvasBand(scrollTop, view, rows);
          expect(top).toBeGreaterThanOrEqual(0);
          expect(top + tall).toBeLessThanOrEqual(rows);
          expect(top).toBeLessThanOrEqual(scrollTop);
          expect(top + tall).toBeGreaterThanOrEqual(Math.min(rows, scrollTop + view));
          expect(tall).toBe(Math.min(rows, view + 2 * CANVAS_MARGIN));
        },
      ),
    );
  });
});
