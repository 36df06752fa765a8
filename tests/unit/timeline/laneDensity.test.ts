import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUCKETS_PER_PX, inView, isDense, laneDensity } from "../../../src/layout/laneDensity.ts";
import type { PlottedItem } from "../../../src/layout/rowLayout.ts";

/** A lane's item stand-in: only its id and its extent at the fitted zoom matter here. */
const plotted = (id: string, fitX0: number, fitX1: number) =>
  ({ item: { id }, row: 0, y: 10, placement: { at: "plot", fitX0, fitX1 } }) as unknown as PlottedItem;
const IDENTITY = { k: 1, x: 0 };

describe("a lane's density band", () => {
  it("counts each item in the buckets it covers, two a pixel", () => {
    const lane = [plotted("a", 0, 1.9), plotted("b", 1, 3.4), plotted("c", 8, 8)];
    const band = laneDensity(lane, IDENTITY, 5);
    expect(BUCKETS_PER_PX).toBe(2);
    expect([...band]).toEqual([1, 1, 2, 2, 1, 1, 1, 0, 0, 0]);
  });

  it("an item narrower than a bucket still counts, so nothing in view vanishes", () => {
    const band = laneDensity([plotted("a", 2.1, 2.2)], IDENTITY, 4);
    expect([...band]).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it("follows the zoom: twice as close, an item covers twice the buckets, shifted by the pan", () => {
    const band = laneDensity([plotted("a", 10, 11)], { k: 2, x: -18 }, 4);
    // On screen the item spans 2..4 px: buckets 4 to 8, the last cut off by the view's edge.
    expect([...band]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it("leaves out what is beside the view", () => {
    const lane = [plotted("before", -50, -10), plotted("in", 1, 2), plotted("after", 30, 40)];
    expect(inView(lane, IDENTITY, 10)).toEqual([1, 2]);
    expect([...laneDensity(lane, IDENTITY, 10)].reduce((a, b) => a + b)).toBe(3);
  });

  it("any lane's band sums each item in view once per bucket it covers, and never counts one outside", () => {
    const lanes = fc
      .array(fc.tuple(fc.integer({ min: -200, max: 400 }), fc.integer({ min: 0, max: 60 })), {
        maxLength: 60,
      })
      .map((spans) => {
        // A lane holds no overlaps: lay the spans end to end.
        let at = -300;
        return spans.map(([gap, width], i) => {
          const from = at + Math.abs(gap) / 10;
          at = from + width;
          return plotted(`e${i}`, from, at);
        });
      });
    fc.assert(
      fc.property(
        lanes,
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        fc.integer({ min: -800, max: 200 }),
        (lane, k, x) => {
          const width = 100;
          const t = { k, x };
          const band = laneDensity(lane, t, width);
          const expected = new Uint32Array(width * BUCKETS_PER_PX);
          for (const p of lane) {
            const a = Math.floor((k * p.placement.fitX0 + x) * BUCKETS_PER_PX);
            const b = Math.floor((k * p.placement.fitX1 + x) * BUCKETS_PER_PX);
            for (let j = Math.max(0, a); j <= Math.min(expected.length - 1, b); j++) expected[j]! += 1;
          }
          expect([...band]).toEqual([...expected]);
        },
      ),
    );
  });

  it("a lane is dense when its marks in view outnumber the pixels", () => {
    expect(isDense(1400, 1400)).toBe(false);
    expect(isDense(1401, 1400)).toBe(true);
  });
});
