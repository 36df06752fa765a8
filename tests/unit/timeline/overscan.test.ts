import { describe, expect, it } from "vitest";
import {
  coversView,
  drawnRange,
  layerOrigin,
  layerShift,
  needsRedraw,
  OVERSCAN,
} from "../../../src/layout/overscan.ts";

const W = 1000;

describe("overscan", () => {
  it("drawnRange() covers the view and OVERSCAN views each side, in fitted pixels", () => {
    expect(drawnRange({ k: 1, x: 0 }, W)).toEqual([-OVERSCAN * W, (1 + OVERSCAN) * W]);
    // Zoomed 2× and panned: the view is [250, 750] in fitted pixels.
    expect(drawnRange({ k: 2, x: -500 }, W)).toEqual([
      (500 - OVERSCAN * W) / 2,
      ((1 + OVERSCAN) * W + 500) / 2,
    ]);
  });

  it("layerShift() maps drawn positions to the live ones", () => {
    const drawn = { k: 2, x: -300 };
    const live = { k: 3, x: -700 };
    const { ratio, dx } = layerShift(drawn, live);
    const fit = 420;
    expect(ratio * (drawn.k * fit + drawn.x) + dx).toBeCloseTo(live.k * fit + live.x, 9);
  });

  it("needsRedraw() waits while the view stays inside what was drawn", () => {
    expect(needsRedraw({ k: 1, x: 0 }, { k: 1, x: 0 }, W)).toBe(false);
    expect(needsRedraw({ k: 2, x: -500 }, { k: 2, x: -500 + 0.9 * OVERSCAN * W }, W)).toBe(false);
    expect(needsRedraw({ k: 2, x: -500 }, { k: 4, x: -1500 }, W)).toBe(false);
  });

  it("needsRedraw() asks for a redraw once the view pans past the overscan", () => {
    expect(needsRedraw({ k: 2, x: -500 }, { k: 2, x: -500 + 1.1 * OVERSCAN * W }, W)).toBe(true);
    expect(needsRedraw({ k: 2, x: -500 }, { k: 2, x: -500 - 1.1 * OVERSCAN * W }, W)).toBe(true);
  });

  it("needsRedraw() asks for a redraw when zooming stretches or shrinks the layer too far", () => {
    expect(needsRedraw({ k: 2, x: -500 }, { k: 8, x: -3500 }, W)).toBe(true);
    // Zooming out to a quarter shows more than the overscan holds.
    expect(needsRedraw({ k: 8, x: -4000 }, { k: 2, x: -1000 }, W)).toBe(true);
  });

  it("coversView(): a settle or a 3× stretch can wait for its redraw, a jump past what was drawn cannot", () => {
    const drawn = { k: 2, x: -500 };
    // The gesture's redraw at a little over 3×: the stretched layer still shows the view.
    expect(needsRedraw(drawn, { k: 6.2, x: -2600 }, W)).toBe(true);
    expect(coversView(drawn, { k: 6.2, x: -2600 }, W)).toBe(true);
    // Panned by two views at the same zoom (focus moving to a far item): nothing drawn is there.
    expect(coversView(drawn, { k: 2, x: -500 - 2 * W }, W)).toBe(false);
    // Stretched beyond twice the gesture's limit.
    expect(coversView(drawn, { k: 13, x: -5000 }, W)).toBe(false);
    expect(coversView(drawn, { k: 0.3, x: 0 }, W)).toBe(false);
  });

  it("layerOrigin() keeps the zoom and rounds the pan, so that a short pan places the items where they were", () => {
    expect(layerOrigin({ k: 3, x: -2_000 })).toEqual({ k: 3, x: 0 });
    expect(layerOrigin({ k: 3, x: -2_600 })).toEqual(layerOrigin({ k: 3, x: -2_000 }));
    // Far along, the items' coordinates stay within a few thousand px of the screen's.
    const far = { k: 200, x: -1_000_000 };
    expect(Math.abs(layerOrigin(far).x - far.x)).toBeLessThanOrEqual(4_096);
  });
});
