import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventKind, TimelineEvent } from "../../../src/data/schema.ts";
import { edtfInterval, isEdtf } from "../../../src/dates/edtfInterval.ts";
import { itemGeometry, type ItemGeometry } from "../../../src/layout/itemGeometry.ts";
import { lanes, type Span } from "../../../src/layout/lanes.ts";
import { DAY, event, items, only, utcScale } from "./build.ts";

const RUNS = { numRuns: 1000 };

// ---- lanes() ----

/** Spans with distinct ids, integer ends and to ≥ from. */
const spansArb = fc
  .array(fc.record({ from: fc.integer({ min: -500, max: 500 }), length: fc.integer({ min: 0, max: 200 }) }), {
    maxLength: 40,
  })
  .map((list): Span[] => list.map(({ from, length }, i) => ({ id: `s${i}`, from, to: from + length })));

/** Spans and the same spans in another order. */
const shuffledArb = spansArb.chain((spans) =>
  fc.tuple(
    fc.constant(spans),
    fc.shuffledSubarray(spans, { minLength: spans.length, maxLength: spans.length }),
  ),
);

/** Two spans clash when they overlap, or stand less than `gap` apart (touching is left to the unit tests). */
const clash = (a: Span, b: Span, gap: number) => a.to + gap > b.from && b.to + gap > a.from;

describe("lanes() properties", () => {
  it("lanes() never puts two clashing spans in one lane, and gives every span a lane below count", () => {
    fc.assert(
      fc.property(spansArb, fc.integer({ min: 0, max: 20 }), (spans, gap) => {
        const { lane, count } = lanes(spans, gap);
        expect(lane.size).toBe(spans.length);
        for (const s of spans) {
          const index = lane.get(s.id);
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(count);
        }
        spans.forEach((a, i) => {
          for (const b of spans.slice(i + 1)) {
            if (lane.get(a.id) === lane.get(b.id) && clash(a, b, gap)) {
              throw new Error(`${JSON.stringify(a)} and ${JSON.stringify(b)} share lane ${lane.get(a.id)}`);
            }
          }
        });
      }),
      RUNS,
    );
  });

  it("lanes() gives each id the same lane whatever the input order", () => {
    fc.assert(
      fc.property(shuffledArb, fc.integer({ min: 0, max: 20 }), ([spans, shuffled], gap) => {
        const a = lanes(spans, gap);
        const b = lanes(shuffled, gap);
        expect(b.count).toBe(a.count);
        expect(b.lane).toEqual(a.lane);
      }),
      RUNS,
    );
  });

  it("lanes() uses as few lanes as possible: the most spans that clash at one instant", () => {
    // A half-integer gap never lands exactly on an integer end, so touching cannot occur here.
    fc.assert(
      fc.property(spansArb, fc.integer({ min: 0, max: 20 }), (spans, whole) => {
        const gap = whole + 0.5;
        // Every span occupies [from, to + gap] for packing; the deepest point is some span's start.
        const depth = Math.max(
          0,
          ...spans.map((s) => spans.filter((t) => t.from <= s.from && s.from < t.to + gap).length),
        );
        expect(lanes(spans, gap).count).toBe(depth);
      }),
      RUNS,
    );
  });
});

// ---- itemGeometry() ----

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A date of day, month or year precision between 0001 and 9999, maybe with `~`, `?` or `%`. */
const dateArb = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom("day", "month", "year"),
    qualifier: fc.constantFrom("", "", "~", "?", "%"),
  })
  .map(({ year, month, day, precision, qualifier }) => {
    const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
    const text =
      precision === "year"
        ? pad(year, 4)
        : precision === "month"
          ? `${pad(year, 4)}-${pad(month, 2)}`
          : `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, last), 2)}`;
    return text + qualifier;
  });

type Shape = "plain" | "open end" | "open start";
const shapeArb = fc.constantFrom<Shape>("plain", "plain", "open end", "open start");
const shaped = (date: string, shape: Shape) =>
  shape === "open end" ? `${date}/..` : shape === "open start" ? `../${date}` : date;

/** A valid event: a milestone, or a window with no end, an end, the same end as its start, or an open end. */
const eventArb = fc
  .record({
    window: fc.boolean(),
    a: dateArb,
    b: dateArb,
    startShape: shapeArb,
    end: fc.constantFrom("none", "date", "same", "open"),
  })
  .map(({ window, a, b, startShape, end }): TimelineEvent => {
    // The date that starts earlier starts the event, so that the end never falls before the start.
    const [first, second] = edtfInterval(a).earliest <= edtfInterval(b).earliest ? [a, b] : [b, a];
    const start = shaped(first, startShape);
    const kind: EventKind = window ? "filming" : "release";
    if (!window || end === "none") return event("e", { kind, start });
    const endText = end === "same" ? start : end === "open" ? `${second}/..` : second;
    return event("e", { kind, start, end: endText });
  });

/**
 * An event, and a view around its start: a scale from a day to about 11,000 years wide (log-uniform),
 * placed so that the start falls well left of, inside or well right of its range, and a clip around that.
 */
const caseArb = fc
  .record({
    event: eventArb,
    log: fc.integer({ min: 0, max: 220 }),
    shift: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
    width: fc.integer({ min: 100, max: 2000 }),
    margin: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ event: e, log, shift, width, margin }) => {
    const days = Math.max(1, Math.round(2 ** (log / 10)));
    const { earliest, latest } = edtfInterval(e.start ?? "");
    const anchor = Number.isFinite(earliest) ? earliest : latest;
    const from = Math.round(anchor - (0.5 + shift) * days * DAY);
    const scale = utcScale(from, from + days * DAY, [0, width]);
    return { event: e, x: (ms: number) => scale(ms), clip: [-margin, width + margin] as const };
  });

function coordinates(geometry: ItemGeometry): number[] {
  return [geometry.x0, geometry.x1, geometry.markerX, ...geometry.segments.flatMap((s) => [s.x0, s.x1])];
}

describe("itemGeometry() properties", () => {
  it("the generated events are valid EDTF that the dataset check keeps", () => {
    fc.assert(
      fc.property(eventArb, (e) => {
        expect(isEdtf(e.start ?? "")).toBe(true);
        if (e.end != null) expect(isEdtf(e.end)).toBe(true);
        // items() throws when parseDataset() would leave the event out.
        expect(items([e])).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it("itemGeometry() gives finite coordinates, x0 ≤ x1 for every segment, all within the item's extent", () => {
    fc.assert(
      fc.property(caseArb, ({ event: e, x, clip }) => {
        const geometry = itemGeometry(only(items([e])), x, clip);
        for (const value of coordinates(geometry)) expect(Number.isFinite(value)).toBe(true);
        expect(geometry.x0).toBeLessThanOrEqual(geometry.x1);
        expect(geometry.markerX).toBeGreaterThanOrEqual(geometry.x0);
        expect(geometry.markerX).toBeLessThanOrEqual(geometry.x1);
        for (const s of geometry.segments) {
          expect(s.x0).toBeLessThanOrEqual(s.x1);
          expect(s.x0).toBeGreaterThanOrEqual(geometry.x0);
          expect(s.x1).toBeLessThanOrEqual(geometry.x1);
        }
      }),
      RUNS,
    );
  });

  it("itemGeometry() keeps every coordinate inside the clip", () => {
    fc.assert(
      fc.property(caseArb, ({ event: e, x, clip }) => {
        const geometry = itemGeometry(only(items([e])), x, clip);
        for (const value of coordinates(geometry)) {
          expect(value).toBeGreaterThanOrEqual(clip[0]);
          expect(value).toBeLessThanOrEqual(clip[1]);
        }
      }),
      RUNS,
    );
  });
});
