import { describe, expect, it } from "vitest";
import { zoomLimits } from "../../src/layout/zoomLimits.ts";

const W = 1000;

describe("zoomLimits()", () => {
  it("at the fitted view only zooming in can do anything", () => {
    expect(zoomLimits({ k: 1, x: 0 }, 40, W)).toEqual({
      zoomIn: true,
      zoomOut: false,
      earlier: false,
      later: false,
    });
  });

  it("zoomed in at the start of time: out, in and later, not earlier", () => {
    expect(zoomLimits({ k: 4, x: 0 }, 40, W)).toEqual({
      zoomIn: true,
      zoomOut: true,
      earlier: false,
      later: true,
    });
  });

  it("zoomed in at the end of time: earlier, not later", () => {
    expect(zoomLimits({ k: 4, x: W - 4 * W }, 40, W)).toMatchObject({ earlier: true, later: false });
  });

  it("at the deepest zoom, in the middle: everything but zooming in", () => {
    expect(zoomLimits({ k: 40, x: -20 * W }, 40, W)).toEqual({
      zoomIn: false,
      zoomOut: true,
      earlier: true,
      later: true,
    });
  });

  it("d3-zoom's rounding at a bound counts as the bound", () => {
    expect(zoomLimits({ k: 1.0000000000000004, x: -1e-10 }, 40, W)).toMatchObject({
      zoomOut: false,
      earlier: false,
      later: false,
    });
  });
});
