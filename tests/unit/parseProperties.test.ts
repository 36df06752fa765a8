import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../src/data/DatasetError.ts";
import { parseDataset, parseDatasetText } from "../../src/data/parseDataset.ts";
import { rowLayout } from "../../src/layout/rowLayout.ts";
import { timelineItems } from "../../src/model/timelineItems.ts";
import { SHOWS, SOURCES } from "./timeline/build.ts";

const RUNS = { numRuns: 1000 };

/** Parses and says how it went: a dataset, or a DatasetError. Anything else escapes and fails the property. */
function outcome(run: () => unknown): "data" | "refused" {
  try {
    run();
    return "data";
  } catch (error) {
    if (error instanceof DatasetError) return "refused";
    throw error;
  }
}

const day = fc
  .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const edtfValue = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
  day.map((d) => `${d.slice(0, 7)}~`),
  day.map((d) => `${d.slice(0, 4)}/..`),
  fc.string({ maxLength: 12 }),
);
/** Events that are sometimes valid and sometimes broken in every field. */
const rawEvent = fc.record(
  {
    id: fc.oneof(fc.constantFrom("a", "b", "c", "d", "e"), fc.string({ maxLength: 6 }), fc.integer()),
    show: fc.oneof(fc.constantFrom(...SHOWS.map((s) => s.id)), fc.string({ maxLength: 6 })),
    kind: fc.oneof(
      fc.constantFrom("filming", "production", "release", "announcement"),
      fc.string({ maxLength: 6 }),
    ),
    label: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null)),
    start: fc.oneof(edtfValue, fc.constant(null)),
    end: edtfValue,
    certainty: fc.constantFrom("confirmed", "reported", "speculative", "sure"),
    citations: fc.array(
      fc.record({
        source: fc.constantFrom(...SOURCES.map((s) => s.id), "nowhere"),
        quote: fc.string({ maxLength: 10 }),
      }),
      { maxLength: 2 },
    ),
    relations: fc.array(
      fc.record({
        type: fc.constantFrom("after", "before", "sideways"),
        event: fc.constantFrom("a", "b", "zz"),
      }),
      {
        maxLength: 2,
      },
    ),
  },
  { requiredKeys: ["id", "show", "kind", "label", "certainty", "citations"] },
);

describe("parsing random input (fast-check, 1000 runs each; the seed is printed on failure)", () => {
  it("parseDatasetText() on any text returns data or a DatasetError, never anything else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        outcome(() => parseDatasetText(text));
      }),
      RUNS,
    );
  });

  it("parseDataset() on any JSON value returns data or a DatasetError", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        outcome(() => parseDataset(json));
      }),
      RUNS,
    );
  });

  it("parseDataset() on half-broken datasets keeps exactly the valid events, each once, and reports the rest", () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 12 }), (events) => {
        const { dataset, problems } = parseDataset({ shows: SHOWS, sources: SOURCES, events });
        const ids = dataset.events.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        // A bad relation (its target, or its type on an event that is otherwise good) loses only itself;
        // every other problem with an event drops it.
        const relationOnly = (reason: string) =>
          /relation to (unknown )?event|cannot relate to itself|\(relation left out\)$/.test(reason);
        // A bad citation loses only itself (its event goes only when no citation is left, said separately,
        // or said of the last citation: "the event has no other citation, so it is left out").
        const citationOnly = (path: string, reason: string) =>
          /\.citations\[\d+\]/.test(path) && !reason.endsWith("so it is left out)");
        const dropped = new Set(
          problems
            // A warning (a date far from the sources') keeps its event.
            .filter((p) => p.effect !== "kept" && !relationOnly(p.reason) && !citationOnly(p.path, p.reason))
            .flatMap((p) => p.path.match(/^events\[\d+\]/) ?? []),
        );
        expect(dataset.events.length + dropped.size).toBe(events.length);
        // Said in a reader's words: none of zod's own ("Invalid input: expected string, received number").
        for (const { reason } of problems)
          expect(reason).not.toMatch(/Invalid (input|option)|expected \w+, received|Too (small|big):/);
        // What is kept draws: every kept event lays out with finite coordinates.
        const layout = rowLayout(timelineItems(dataset), dataset.shows, (ms) => ms / 86_400_000, {
          laneHeight: 20,
          rowPadding: 4,
          markerWidth: 12,
          shelfColumns: 3,
        });
        for (const placed of layout.placed) expect(Number.isFinite(placed.y)).toBe(true);
      }),
      RUNS,
    );
    // A wait, not an assertion of speed: each run parses a dozen generated dates through the EDTF grammar.
  }, 60_000);

  it("rowLayout() does not depend on the order of the events", () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 12 }), fc.integer(), (events, seed) => {
        const { dataset } = parseDataset({ shows: SHOWS, sources: SOURCES, events });
        const shuffled = [...dataset.events].sort(
          (a, b) =>
            ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7) || (a.id < b.id ? 1 : -1),
        );
        const place = (list: typeof dataset.events) =>
          Object.fromEntries(
            rowLayout(timelineItems({ ...dataset, events: list }), dataset.shows, (ms) => ms / 86_400_000, {
              laneHeight: 20,
              rowPadding: 4,
              markerWidth: 12,
              shelfColumns: 3,
            }).placed.map((p) => [p.item.id, [p.row, p.y, p.placement]]),
          );
        expect(place(shuffled)).toEqual(place(dataset.events));
      }),
      RUNS,
    );
  });

  it("rowLayout() with until gives the whole layout's first rows, and all of them once until passes its height", () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 12 }), fc.nat(400), (events, until) => {
        const { dataset } = parseDataset({ shows: SHOWS, sources: SOURCES, events });
        const options = { laneHeight: 20, rowPadding: 4, markerWidth: 12, shelfColumns: 3 };
        const lay = (more: { until?: number }) =>
          rowLayout(timelineItems(dataset), dataset.shows, (ms) => ms / 86_400_000, { ...options, ...more });
        const whole = lay({});
        const cut = lay({ until });
        const kept = whole.rows.filter((row) => row.y < until);
        expect(cut.rows).toEqual(kept);
        expect(cut.placed).toEqual(whole.placed.filter((p) => p.row < kept.length));
        if (until >= whole.height) expect(cut).toEqual(whole);
      }),
      RUNS,
    );
  });
});
