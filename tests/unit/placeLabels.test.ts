import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LABEL_GAP, placeLabels, type LabelRequest } from "../../src/scene/placeLabels.ts";

const mark = (id: string, x0: number, x1: number, width: number, lane = 0): LabelRequest => ({
  id,
  lane,
  x0,
  x1,
  width,
});
const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Every placed label's extent, by lane. */
function extents(requests: readonly LabelRequest[], placed: ReadonlyMap<string, number>) {
  return requests.flatMap((r) => {
    const x = placed.get(r.id);
    return x === undefined ? [] : [{ lane: r.lane, id: r.id, span: [x, x + r.width] as const }];
  });
}

describe("placeLabels()", () => {
  it("puts a label to the right of its mark when there is room", () => {
    expect(placeLabels([mark("a", 10, 30, 50)], [0, 500]).get("a")).toBe(30 + LABEL_GAP);
  });

  it("drops the label, not the mark, when the next mark leaves no room", () => {
    const placed = placeLabels([mark("a", 10, 30, 50), mark("b", 40, 60, 20)], [0, 500]);
    expect(placed.has("a")).toBe(false);
    expect(placed.get("b")).toBe(60 + LABEL_GAP);
  });

  it("puts a label on the left when the right runs out of the view", () => {
    expect(placeLabels([mark("a", 400, 480, 60)], [0, 500]).get("a")).toBe(400 - LABEL_GAP - 60);
  });

  it("puts a label on its mark, at the view's left edge, when the mark is across the whole view", () => {
    // Zoomed into a long bar, or a year's span across the plot: no room right or left of it in the view.
    expect(placeLabels([mark("a", -300, 900, 60)], [0, 500]).get("a")).toBe(LABEL_GAP);
    expect(placeLabels([mark("a", 0, 500, 60)], [0, 500]).get("a")).toBe(LABEL_GAP);
    // Not on one only partly in view (a closer zoom could cut that part too short), nor under another mark.
    expect(placeLabels([mark("a", 2, 900, 60)], [0, 500]).has("a")).toBe(false);
    expect(placeLabels([mark("a", -300, 900, 60), mark("b", 10, 30, 20)], [0, 500]).has("a")).toBe(false);
  });

  it("a label on a mark across the view stays on it at every closer zoom, about any point of the view", () => {
    fc.assert(
      fc.property(
        lanesOfMarks,
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (marks, k, more, at, from) => {
          // A 300 px view somewhere over the marks, zoomed by `more` about its point `at`.
          const lo = from * 300;
          const view = [lo, lo + 300] as const;
          const pivot = lo + 300 * at;
          const base = atZoom(marks, k);
          const zoomed = base.map((r) => ({
            ...r,
            x0: pivot + (r.x0 - pivot) * more,
            x1: pivot + (r.x1 - pivot) * more,
          }));
          const near = placeLabels(zoomed, view);
          for (const [id, x] of placeLabels(base, view)) {
            const r = base.find((b) => b.id === id);
            if (r && r.x0 <= view[0] && r.x1 >= view[1]) {
              expect(x).toBe(lo + LABEL_GAP);
              expect(near.get(id), id).toBe(lo + LABEL_GAP);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives a mark wholly out of the view no label, though the label's place beside it is in the view", () => {
    // Ending 1 px before the view's left edge, or starting 1 px past its right: the label would name nothing seen.
    const placed = placeLabels(
      [mark("a", -40, -1, 50), mark("b", 501, 540, 50), mark("c", -40, 0, 50)],
      [0, 500],
    );
    expect([...placed.keys()]).toEqual(["c"]);
  });

  it("keeps labels in their lane: marks in other lanes do not block them", () => {
    const placed = placeLabels([mark("a", 10, 30, 50, 0), mark("b", 40, 60, 20, 32)], [0, 500]);
    expect([...placed.keys()].sort()).toEqual(["a", "b"]);
  });

  it("drops labels in a stable order: the same marks in any order give the same placement", () => {
    const marks = [
      mark("a", 10, 30, 50),
      mark("b", 40, 60, 80),
      mark("c", 70, 90, 30),
      mark("d", 90, 95, 10),
    ];
    const once = placeLabels(marks, [0, 500]);
    expect(placeLabels([...marks].reverse(), [0, 500])).toEqual(once);
    expect([...once.keys()]).toEqual(["d"]);
  });

  /** Random lanes of marks that do not overlap, as packing makes them: windows and fixed-size markers. */
  const lanesOfMarks = fc
    .array(
      fc.record({
        lane: fc.integer({ min: 0, max: 3 }),
        gap: fc.integer({ min: 2, max: 120 }),
        length: fc.integer({ min: 0, max: 150 }),
        marker: fc.boolean(),
        width: fc.integer({ min: 10, max: 140 }),
      }),
      { maxLength: 40 },
    )
    .map((specs) => {
      const ends = new Map<number, number>();
      return specs.map((s, i) => {
        const start = (ends.get(s.lane) ?? 0) + s.gap;
        const end = start + (s.marker ? 16 : s.length);
        ends.set(s.lane, end);
        return {
          id: `m${i}`,
          lane: s.lane * 32,
          fit: [start, end] as const,
          marker: s.marker,
          width: s.width,
        };
      });
    });
  /** The marks at zoom k: time stretches, a marker keeps its 16 px. */
  const atZoom = (
    marks: readonly {
      id: string;
      lane: number;
      fit: readonly [number, number];
      marker: boolean;
      width: number;
    }[],
    k: number,
  ) =>
    marks.map((m) => {
      const centre = ((m.fit[0] + m.fit[1]) / 2) * k;
      return m.marker
        ? mark(m.id, centre - 8, centre + 8, m.width, m.lane)
        : mark(m.id, m.fit[0] * k, m.fit[1] * k, m.width, m.lane);
    });

  it("never lets two labels overlap, nor a label cover another mark in its lane", () => {
    fc.assert(
      fc.property(lanesOfMarks, fc.double({ min: 1, max: 8, noNaN: true }), (marks, k) => {
        const requests = atZoom(marks, k);
        const placed = extents(requests, placeLabels(requests, [0, 600 * k]));
        for (const a of placed) {
          for (const b of placed)
            if (a !== b && a.lane === b.lane) expect(overlaps(a.span, b.span)).toBe(false);
          for (const r of requests) {
            if (r.lane === a.lane && r.id !== a.id) expect(overlaps(a.span, [r.x0, r.x1])).toBe(false);
          }
        }
      }),
      // Labels on both sides of a gap (the left one only where the right runs out of view) are rare draws.
      { numRuns: 600 },
    );
  });

  it("a label shown at one zoom stays shown at every closer zoom, so nothing flickers", () => {
    fc.assert(
      fc.property(
        lanesOfMarks,
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (marks, k, more) => {
          const unbounded = [-Infinity, Infinity] as const;
          const near = placeLabels(atZoom(marks, k * more), unbounded);
          for (const id of placeLabels(atZoom(marks, k), unbounded).keys()) expect(near.has(id)).toBe(true);
        },
      ),
    );
  });
});
