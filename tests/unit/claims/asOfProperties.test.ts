import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import type { Dataset } from "../../../src/data/schema.ts";
import { datasetAsOf, reportDays } from "../../../src/model/datasetAsOf.ts";
import { SOURCES, day } from "./build.ts";

const RUNS = { numRuns: 300 };
const DATED = SOURCES.filter((s) => s.published !== null).map((s) => s.id);

const date = fc.constantFrom(
  "2015-11-20",
  "2016-05",
  "2016-10~/2016-12~",
  "2017",
  "2017/..",
  "2017-21",
  null,
);
const claim = fc.record(
  { start: date, certainty: fc.constantFrom("confirmed", "reported", "speculative") },
  { requiredKeys: [] },
);
const prediction = fc.record(
  { source: fc.constantFrom(...DATED), quote: fc.constant("Said so."), claim },
  { requiredKeys: ["source", "quote"] },
);
const outcome = fc.record({
  source: fc.constantFrom(...SOURCES.map((s) => s.id)),
  quote: fc.constant("It happened."),
  claim: fc.record({ start: fc.constantFrom("2015-11-20", "2016-01-17", "2016-05-12", "2017-04-03") }),
  outcome: fc.constant(true as const),
});
const events = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    show: fc.constant("show"),
    kind: fc.constantFrom("production", "release"),
    label: fc.constant("An event"),
    start: date,
    certainty: fc.constantFrom("confirmed", "reported", "speculative"),
    citations: fc
      .tuple(fc.array(prediction, { minLength: 1, maxLength: 4 }), fc.array(outcome, { maxLength: 2 }))
      .map(([p, o]) => [...p, ...o]),
  }),
  { selector: (e) => e.id, maxLength: 6 },
);
/** Random datasets, as parseDataset() keeps them (outcomes a page could not have reported are left out). */
const datasets = events.map(
  (list): Dataset =>
    parseDataset({ shows: [{ id: "show", title: "Show" }], sources: SOURCES, events: list }).dataset,
);

const citationKeys = (data: Dataset) =>
  data.events.flatMap((e) =>
    e.citations.map((c) => `${e.id} ${c.source} ${c.quote} ${JSON.stringify(c.claim)}`),
  );

describe("the as-of view, on random datasets (fast-check)", () => {
  it("as of the newest day equals the full timeline", () => {
    fc.assert(
      fc.property(datasets, (data) => {
        const newest = reportDays(data).at(-1) ?? day(2016, 1, 1);
        expect(datasetAsOf(data, newest)).toEqual(data);
        expect(datasetAsOf(data, Infinity)).toEqual(data);
      }),
      RUNS,
    );
  });

  it("moving the day forward never removes a claim that was already published", () => {
    fc.assert(
      fc.property(
        datasets,
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 400 }),
        (data, from, step) => {
          const earlier = day(2015, 10, 1) + from * 86_400_000;
          const later = earlier + step * 86_400_000;
          const before = citationKeys(datasetAsOf(data, earlier));
          const after = new Set(citationKeys(datasetAsOf(data, later)));
          for (const key of before) expect(after).toContain(key);
        },
      ),
      RUNS,
    );
  });
});
