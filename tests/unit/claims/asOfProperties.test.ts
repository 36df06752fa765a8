import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema.ts";
import { datasetAsOf, reportDays } from "../../../src/model/datasetAsOf.ts";
import { day } from "./build.ts";
import { datasets } from "./randomDatasets.ts";

const RUNS = { numRuns: 300 };
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
