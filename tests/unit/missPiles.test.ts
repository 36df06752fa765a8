import { scaleSymlog } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelLines } from "../../src/components/labelLines.ts";
import { missPiles, type MissPile } from "../../src/components/missPiles.ts";

// The scorecard's chart: 640 px wide, 24 px margins, 24 px targets, piles drawn 10 high.
const WIDTH = 640;
const ROW = 24;
const STACK = 10;

/** The chart's piles of `misses`, on its axis (symlog, spanning the greatest miss and at least 30 days). */
function chart(misses: readonly number[]) {
  const extent = misses.reduce((e, m) => Math.max(e, Math.abs(m)), 30);
  const x = scaleSymlog()
    .constant(7)
    .domain([-extent, extent])
    .range([24, WIDTH - 24]);
  return missPiles(misses, { x, left: 24, right: WIDTH - 24, spacing: ROW, stackDrawn: STACK });
}
const times = (n: number, miss: number) => Array<number>(n).fill(miss);
/** Each pile's drawn misses, from the axis up. */
const drawnMisses = (misses: readonly number[], piles: readonly MissPile[]) =>
  piles.map((p) => p.drawn.map((i) => misses[i]));

describe("missPiles()", () => {
  it("draws the inside pile even when early misses sit 2 days from it", () => {
    const misses = [...times(15, 0), ...times(12, -2), 200];
    const piles = chart(misses);
    expect(piles.map((p) => [p.from, p.to, p.drawn.length, p.counted.length])).toEqual([
      [-2, -2, 10, 2],
      [0, 0, 10, 5],
      [200, 200, 1, 0],
    ]);
    const [early, inside] = piles;
    expect(inside?.x).toBe(320);
    // x(-2) is about 22 px from x(0): the early pile is pushed away from 0, a target's width off.
    expect(inside!.x - early!.x).toBe(ROW);
    expect(early?.moved).toBe(true);
    expect(inside?.moved).toBe(false);
  });

  it("never pools early and late across 0, with or without a pile at 0", () => {
    for (const misses of [
      [-1, 1],
      [-1, 0, 1],
      [...times(30, -1), ...times(30, 1)],
    ]) {
      const piles = chart(misses);
      expect(piles.every((p) => p.from === p.to)).toBe(true);
      for (const [a, b] of piles.slice(1).map((p, i) => [piles[i]!, p] as const))
        expect(b.x - a.x).toBeGreaterThanOrEqual(ROW);
    }
  });

  it("keeps a pile at its own miss's place when nothing crowds it", () => {
    const piles = chart([-30, 0, 30]);
    expect(piles.map((p) => p.moved)).toEqual([false, false, false]);
    expect(piles.map((p) => p.x)).toEqual([24, 320, 616]);
  });

  it("pushes crowded piles apart in their order, away from 0 where there is room", () => {
    const piles = chart([0, 20, 21, 22, 200]);
    expect(piles.map((p) => p.from)).toEqual([0, 20, 21, 22, 200]);
    const xs = piles.map((p) => p.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(ROW);
    // 20 stays put; 21 and 22 move outward from it.
    expect(piles[1]?.moved).toBe(false);
    expect(piles[2]?.moved).toBe(true);
    expect(piles[2]!.x).toBeGreaterThan(piles[1]!.x);
  });

  it("merges piles only where the side has no room: twelve fit a side, thirteen share", () => {
    const fits = chart(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(fits.every((p) => p.from === p.to)).toBe(true);
    const crowded = chart(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(crowded).toHaveLength(12);
    expect(crowded.some((p) => p.from !== p.to)).toBe(true);
    // Each prediction in one pile, the piles in order of miss.
    expect(crowded.flatMap((p) => p.drawn)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it("draws a dot of each miss of a cut pile first, so none hides behind another's duplicates", () => {
    // 1 to 12 days late fill their side; a 13th miss, 12 days late as well, ×30: the 12 and 13 piles merge.
    const misses = [...Array.from({ length: 12 }, (_, i) => i + 1), ...times(30, 13), 13.5];
    const piles = chart(misses);
    const shared = piles.find((p) => p.from !== p.to && p.counted.length > 0)!;
    const drawn = new Set(shared.drawn.map((i) => misses[i]));
    const held = new Set([...shared.drawn, ...shared.counted].map((i) => misses[i]));
    expect(drawn).toEqual(held);
  });

  it("shares a cut pile's dots between its misses as they are many (D'Hondt)", () => {
    // 13 misses late: the side has room for 12 piles, so the two nearest on the axis, 12 and 13, share one.
    const misses = [...Array.from({ length: 11 }, (_, i) => 1 + i), ...times(40, 12), ...times(20, 13)];
    const piles = chart(misses);
    const drawn = drawnMisses(misses, piles).find((d) => d.includes(12))!;
    expect(drawn).toEqual([12, 12, 12, 12, 12, 12, 12, 13, 13, 13]);
  });

  it("keeps every target clear, every count apart, every prediction once, and 0 alone (fast-check)", () => {
    const miss = fc.oneof(
      fc.integer({ min: -40, max: 40 }),
      fc.integer({ min: -400, max: 400 }),
      fc.integer({ min: -3_000_000, max: 3_000_000 }),
      fc.constant(0),
    );
    fc.assert(
      fc.property(fc.array(miss, { maxLength: 300 }), (misses) => {
        const piles = chart(misses);
        // Targets: each dot at its pile's x, a ROW up per level.
        const dots = piles.flatMap((p) => p.drawn.map((_, level) => [p.x, level * ROW] as const));
        for (const [i, [x1, y1]] of dots.entries())
          for (const [x2, y2] of dots.slice(i + 1))
            expect(Math.hypot(x2 - x1, y2 - y1)).toBeGreaterThanOrEqual(ROW);
        for (const p of piles) {
          expect(p.x).toBeGreaterThanOrEqual(24);
          expect(p.x).toBeLessThanOrEqual(WIDTH - 24);
          expect(p.drawn.length).toBeLessThanOrEqual(STACK);
          // 0 is a pile of its own; early and late never share one.
          expect(p.from === 0 || p.to === 0 ? p.from === p.to : Math.sign(p.from) === Math.sign(p.to)).toBe(
            true,
          );
          for (const i of [...p.drawn, ...p.counted]) {
            expect(misses[i]).toBeGreaterThanOrEqual(p.from);
            expect(misses[i]).toBeLessThanOrEqual(p.to);
          }
          // Drawn before counted: a miss is counted only once every miss of the pile has a dot (when they fit).
          const distinct = new Set([...p.drawn, ...p.counted].map((i) => misses[i]));
          if (p.counted.length > 0 && distinct.size <= STACK)
            expect(new Set(p.drawn.map((i) => misses[i]))).toEqual(distinct);
        }
        // Every prediction drawn, or counted in exactly one "+n".
        const all = piles.flatMap((p) => [...p.drawn, ...p.counted]).sort((a, b) => a - b);
        expect(all).toEqual(misses.map((_, i) => i));
        // Tab order: left to right, each pile from the axis up, in order of miss.
        const inTabOrder = piles.flatMap((p) => p.drawn.map((i) => misses[i]!));
        expect(inTabOrder).toEqual([...inTabOrder].sort((a, b) => a - b));
        // The piles' counts, as the chart sets them: none overlaps another.
        const counts = labelLines(
          piles.filter((p) => p.counted.length > 0).map((p) => ({ x: p.x, text: `+${p.counted.length}` })),
          { left: 0, right: WIDTH, size: 12, gap: 4 },
        );
        for (const [i, a] of counts.entries())
          for (const b of counts.slice(i + 1))
            if (a.line === b.line)
              expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual((a.width + b.width) / 2);
      }),
      { numRuns: 300 },
    );
  });
});
