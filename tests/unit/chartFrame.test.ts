import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_WIDTH, chartFrame } from "../../src/scene/chartFrame.ts";

describe("chartFrame()", () => {
  it("fits the box it is given, row titles, plot and shelf, at any width from its floor", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_WIDTH, max: 4000 }), (measured) => {
        const frame = chartFrame(measured);
        expect(frame.width).toBe(measured);
        expect(frame.labelWidth + frame.plotWidth + frame.shelfWidth).toBe(measured);
        expect(frame.plotWidth).toBeGreaterThanOrEqual(60);
      }),
    );
  });

  it("is as narrow as a phone at 400% zoom with the page's margins (302 px), not 320", () => {
    expect(chartFrame(302).width).toBe(302);
    expect(chartFrame(253)).toMatchObject({ width: 253, plotWidth: 77, shelfColumns: 2 });
  });

  it("keeps its floor below it, where the plot would be too narrow to read", () => {
    expect(chartFrame(100).width).toBe(MIN_WIDTH);
  });
});
