import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { XTransform } from "../../../src/dates/zoomWindow.ts";
import { canvasStretch } from "../../../src/layout/canvasStretch.ts";
import { layerShift } from "../../../src/layout/overscan.ts";

const WIDTH = 1000;
const painted: XTransform = { k: 2, x: -500 };

/** Zooms `t` by `factor` about screen x `at`, as a wheel step does. */
const zoomAt = (t: XTransform, factor: number, at: number): XTransform => ({
  k: t.k * factor,
  x: at - (at - t.x) * factor,
});

describe("stretching a painted canvas instead of repainting it", () => {
  it("a zoom in about a point in view moves the picture: no repaint", () => {
    const live = zoomAt(painted, 1.5, 400);
    expect(canvasStretch(painted, live, WIDTH)).toEqual({ ratio: 1.5, dx: 400 - 400 * 1.5 });
  });

  it("the same view as painted is shown as it is", () => {
    expect(canvasStretch(painted, painted, WIDTH)).toEqual({ ratio: 1, dx: 0 });
  });

  it("a zoom out, a pan, or a stretch past 3× repaints", () => {
    expect(canvasStretch(painted, zoomAt(painted, 1 / 1.2, 500), WIDTH)).toBeNull();
    expect(canvasStretch(painted, { k: 2, x: -460 }, WIDTH)).toBeNull();
    expect(canvasStretch(painted, { k: 2, x: -540 }, WIDTH)).toBeNull();
    expect(canvasStretch(painted, zoomAt(painted, 3.5, 500), WIDTH)).toBeNull();
  });

  it("whenever it stretches, the picture still covers the whole view, at most 3× wide", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: -200, max: 1200, noNaN: true }),
        (factor, at) => {
          const live = zoomAt(painted, factor, at);
          const s = canvasStretch(painted, live, WIDTH);
          if (s === null) return;
          expect(s).toEqual(layerShift(painted, live));
          expect(s.dx).toBeLessThanOrEqual(0.5);
          expect(s.dx + s.ratio * WIDTH).toBeGreaterThanOrEqual(WIDTH - 0.5);
          expect(s.ratio).toBeLessThanOrEqual(3);
        },
      ),
    );
  });

  it("any zoom in about a point in view, up to 3×, is a stretch", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.double({ min: 0, max: WIDTH, noNaN: true }),
        (factor, at) => {
          expect(canvasStretch(painted, zoomAt(painted, factor, at), WIDTH)).not.toBeNull();
        },
      ),
    );
  });
});
