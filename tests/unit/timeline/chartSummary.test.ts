import { describe, expect, it } from "vitest";
import { chartSummary } from "../../../src/model/chartSummary.ts";
import { revealTransform } from "../../../src/dates/zoomWindow.ts";

describe("chartSummary()", () => {
  it("chartSummary() says what is shown, what has no date, and the newest report's day", () => {
    expect(chartSummary(19, 6, 5, Date.UTC(2016, 4, 11))).toBe(
      "19 events across 6 shows, 5 with no announced date. Latest report: 11 May 2016. " +
        "Arrow keys move between events, Enter opens their sources, + and − zoom, 0 fits, Shift+arrows pan.",
    );
  });

  it("chartSummary() uses the singular and leaves out what is not there", () => {
    expect(chartSummary(1, 1, 0, null)).toMatch(/^1 event across 1 show\. Arrow keys/);
  });
});

describe("revealTransform()", () => {
  // Spans are px under the transform given, as the item is drawn (itemSpan).
  it("revealTransform() leaves an item in view where it is", () => {
    expect(revealTransform({ k: 2, x: -100 }, 100, 200, 800)).toBeNull();
  });

  it("revealTransform() pans an item off either side to the middle, at the same zoom", () => {
    // At 4×, an item fitted at 300–310 px: 1,200–1,240 px with the start in view, -1,200 to -1,160 with
    // the end in view. Brought to the middle, its fitted centre (305) stands at 400 px.
    const right = revealTransform({ k: 4, x: 0 }, 1200, 1240, 800);
    expect(right?.k).toBe(4);
    expect((right?.k ?? 0) * 305 + (right?.x ?? 0)).toBeCloseTo(400, 9);
    const left = revealTransform({ k: 4, x: -2400 }, -1200, -1160, 800);
    expect((left?.k ?? 0) * 305 + (left?.x ?? 0)).toBeCloseTo(400, 9);
  });

  it("revealTransform() brings in an item only partly in view, unless enough of a wide one shows", () => {
    // A 14 px marker with 4 px in view (found at 390 px wide: focus on an item hidden past the plot's edge).
    expect(revealTransform({ k: 9, x: -900 }, -10, 4, 800)).not.toBeNull();
    expect(revealTransform({ k: 9, x: -900 }, 796, 810, 800)).not.toBeNull();
    expect(revealTransform({ k: 9, x: -900 }, 0, 14, 800)).toBeNull();
    // A long window running out of both sides, or 24 px of one, is in view.
    expect(revealTransform({ k: 9, x: -900 }, -400, 2000, 800)).toBeNull();
    expect(revealTransform({ k: 9, x: -900 }, -400, 24, 800)).toBeNull();
  });

  it("revealTransform() never pans past the plotted time: an item near its end is shown there, off the middle", () => {
    // 800 px at 4×: x runs from -2400 (the end in view) to 0 (the start in view).
    const end = revealTransform({ k: 4, x: 0 }, 3160, 3192, 800);
    expect(end).toEqual({ k: 4, x: -2400 });
    const start = revealTransform({ k: 4, x: -2400 }, -2392, -2360, 800);
    expect(start).toEqual({ k: 4, x: 0 });
  });
});
