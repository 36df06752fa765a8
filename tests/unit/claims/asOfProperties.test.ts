import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema.ts";
import { claimsAsOf } from "../../../src/model/claimsAsOf.ts";
import { datasetAsOf } from "../../../src/model/datasetAsOf.ts";
import { reportDays } from "../../../src/model/reportDays.ts";
import { eventClaims } from "../../../src/model/eventClaims.ts";
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

  it("shows no date before a page gave it: before every claim is known, the own date only when one gave it", () => {
    fc.assert(
      fc.property(datasets, fc.integer({ min: 0, max: 1200 }), (data, from) => {
        const on = day(2015, 10, 1) + from * 86_400_000;
        const sources = new Map(data.sources.map((s) => [s.id, s]));
        for (const event of data.events) {
          const claims = eventClaims(event, sources);
          const known = claims.filter((c) => !c.outcome && c.knownFrom <= on);
          // Every claim known, or a claim-less page known (it supports the own date): the own date may stand.
          if (claims.every((c) => c.shownFrom <= on) || known.some((c) => !c.citation.claim)) continue;
          const state = claimsAsOf(event, sources, on);
          if (state.state === "reported" && state.start !== null)
            expect(known.map((c) => c.start)).toContain(state.start);
        }
      }),
      RUNS,
    );
  });
});
