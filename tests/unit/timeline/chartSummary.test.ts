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
  it("revealTransform() leaves an item in view where it is", () => {
    expect(revealTransform({ k: 2, x: -100 }, 100, 150, 800)).toBeNull();
  });

  it("revealTransform() pans an item off either side to the middle, at the same zoom", () => {
    const right = revealTransform({ k: 4, x: 0 }, 300, 310, 800);
    expect(right?.k).toBe(4);
    expect((right?.k ?? 0) * 305 + (right?.x ?? 0)).toBeCloseTo(400, 9);
    const left = revealTransform({ k: 4, x: -2400 }, 300, 310, 800);
    expect((left?.k ?? 0) * 305 + (left?.x ?? 0)).toBeCloseTo(400, 9);
  });

  it("revealTransform() never pans past the plotted time: an item near its end is shown there, off the middle", () => {
    // 800 px at 4×: x runs from -2400 (the end in view) to 0 (the start in view).
    const end = revealTransform({ k: 4, x: 0 }, 790, 798, 800);
    expect(end).toEqual({ k: 4, x: -2400 });
    const start = revealTransform({ k: 4, x: -2400 }, 2, 10, 800);
    expect(start).toEqual({ k: 4, x: 0 });
  });
});
