import { scaleSymlog } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { missTicks, type MissTick } from "../../src/components/missTicks.ts";
import { textWidth } from "../../src/scene/textWidth.ts";

const room = { left: 0, right: 640, size: 12, gap: 8 };
/** The scorecard chart's ticks for an axis out to `extent` days either side. */
function ticks(extent: number) {
  const x = scaleSymlog().constant(7).domain([-extent, extent]).range([24, 616]);
  return missTicks(extent, x, room);
}
function expectApart(all: readonly MissTick[]) {
  for (const [i, a] of all.entries()) {
    const width = (t: MissTick) => textWidth(t.label, 12);
    expect(a.labelX - width(a) / 2).toBeGreaterThanOrEqual(-0.05);
    expect(a.labelX + width(a) / 2).toBeLessThanOrEqual(640.05);
    for (const b of all.slice(i + 1))
      expect(Math.abs(b.labelX - a.labelX)).toBeGreaterThan((width(a) + width(b)) / 2);
  }
}

describe("missTicks()", () => {
  it("ticks a 3,000,000-day miss grouped and apart", () => {
    const all = ticks(3_000_000);
    expect(all.map((t) => t.label)).toContain("3,000,000");
    expect(all.map((t) => t.label)).toContain("-3,000,000");
    expect(all.map((t) => t.label)).toContain("0");
    // 7 days would sit 16 px from 0: left out.
    expect(all.map((t) => t.value)).not.toContain(7);
    expectApart(all);
  });

  it("ticks a week and a month where they fit", () => {
    expect(ticks(200).map((t) => t.value)).toEqual([-200, -30, -7, 0, 7, 30, 200]);
  });

  it("ticks 0 and the extremes only once, at the least extent", () => {
    expect(ticks(30).map((t) => t.value)).toEqual([-30, -7, 0, 7, 30]);
  });

  it("always ticks 0 and both extremes, in order, labels apart (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 100_000_000 }), (extent) => {
        const all = ticks(extent);
        const values = all.map((t) => t.value);
        expect(values).toEqual(expect.arrayContaining([-extent, 0, extent]));
        expect(values).toEqual([...values].sort((a, b) => a - b));
        for (const t of all) expect(t.label).toBe(t.value.toLocaleString("en"));
        expectApart(all);
      }),
    );
  });
});
