import { describe, expect, it } from "vitest";
import { lanes, type Span } from "../../../src/layout/lanes.ts";

const span = (id: string, from: number, to: number): Span => ({ id, from, to });

/** The lane of each span, as a plain object for readable failures. */
function laneById(spans: readonly Span[], gap?: number): Record<string, number | undefined> {
  const { lane } = lanes(spans, gap);
  return Object.fromEntries(spans.map((s) => [s.id, lane.get(s.id)]));
}

function permutations<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((head, i) =>
    permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [head, ...rest]),
  );
}

describe("lanes()", () => {
  it("lanes() returns no lanes for no spans", () => {
    const { lane, count } = lanes([]);
    expect(count).toBe(0);
    expect(lane.size).toBe(0);
  });

  it("lanes() puts overlapping spans in separate lanes", () => {
    const spans = [span("a", 0, 10), span("b", 5, 15)];
    expect(laneById(spans)).toEqual({ a: 0, b: 1 });
    expect(lanes(spans).count).toBe(2);
  });

  it("lanes() puts a span inside another in a separate lane", () => {
    const spans = [span("outer", 0, 100), span("inner", 40, 60)];
    expect(laneById(spans)).toEqual({ outer: 0, inner: 1 });
  });

  it("lanes() puts two zero-length spans at the same point in separate lanes", () => {
    expect(laneById([span("a", 5, 5), span("b", 5, 5)])).toEqual({ a: 0, b: 1 });
  });

  it("lanes() reuses a lane for a span that starts after the last one in it ends", () => {
    const spans = [span("a", 0, 10), span("b", 11, 20), span("c", 25, 30)];
    expect(laneById(spans)).toEqual({ a: 0, b: 0, c: 0 });
    expect(lanes(spans).count).toBe(1);
  });

  it("lanes() fills the first free lane, not a new one", () => {
    // a and b overlap; c starts after both end and goes back to lane 0.
    const spans = [span("a", 0, 10), span("b", 5, 12), span("c", 20, 30), span("d", 25, 40)];
    expect(laneById(spans)).toEqual({ a: 0, b: 1, c: 0, d: 1 });
  });

  it("lanes() reuses a lane for spans that only touch, or stand exactly `gap` apart", () => {
    expect(lanes([span("a", 0, 10), span("b", 10, 20)]).count).toBe(1);
    expect(lanes([span("a", 0, 10), span("b", 13, 20)], 3).count).toBe(1);
  });

  it("lanes() keeps spans in one lane more than `gap` apart, and separates them when closer", () => {
    const spans = [span("a", 0, 10), span("b", 13, 20)];
    expect(laneById(spans, 2)).toEqual({ a: 0, b: 0 });
    expect(laneById(spans, 5)).toEqual({ a: 0, b: 1 });
    expect(lanes(spans, 5).count).toBe(2);
  });

  it("lanes() gives each id the same lane whatever the input order", () => {
    // Ties on start, on end and on both: only the id can order the last two.
    const spans = [
      span("f", 30, 40),
      span("a", 0, 10),
      span("c", 5, 12),
      span("b", 5, 12),
      span("d", 5, 8),
      span("e", 11, 20),
    ];
    const expected = laneById(spans);
    expect(expected).toEqual({ a: 0, d: 1, b: 2, c: 3, e: 0, f: 0 });
    for (const order of permutations(spans)) {
      const { lane, count } = lanes(order);
      expect(Object.fromEntries(spans.map((s) => [s.id, lane.get(s.id)]))).toEqual(expected);
      expect(count).toBe(4);
    }
  });

  it("lanes() uses as many lanes as the most spans that overlap at one instant", () => {
    // Deepest overlap: a, b, c at 3, and a, c, d at 5: three lanes.
    const spans = [span("a", 0, 10), span("b", 2, 4), span("c", 3, 12), span("d", 5, 6), span("e", 11, 20)];
    expect(laneById(spans)).toEqual({ a: 0, b: 1, c: 2, d: 1, e: 0 });
    expect(lanes(spans).count).toBe(3);
  });

  it("lanes() packs a chain of pairwise overlaps into two lanes", () => {
    const spans = [span("a", 0, 10), span("b", 8, 18), span("c", 16, 26), span("d", 24, 34)];
    expect(laneById(spans)).toEqual({ a: 0, b: 1, c: 0, d: 1 });
    expect(lanes(spans).count).toBe(2);
  });
});
