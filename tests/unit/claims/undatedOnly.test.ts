import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema.ts";
import { datasetAsOf } from "../../../src/model/datasetAsOf.ts";
import { undatedOnly } from "../../../src/model/undatedOnly.ts";
import { cite, dataset, day, event } from "./build.ts";
import { datasets } from "./randomDatasets.ts";

describe("undatedOnly(): the events no day shows, only how it turned out", () => {
  it("counts an event every page of which is undated, and no other", () => {
    const data = dataset([
      event("wiki", [cite("undated", { claim: { start: "2017" } })]),
      event("dated", [cite("may2", { claim: { start: "2017" } })]),
      event("both", [cite("undated"), cite("later")]),
    ]);
    expect(undatedOnly(data)).toBe(1);
  });

  it("does not count an event an undated page predicts whose outcome a dated page reports", () => {
    const data = dataset([
      event("f", [
        cite("undated", { claim: { start: "2017-03" } }),
        cite("later", { claim: { start: "2017-03" }, outcome: true }),
      ]),
    ]);
    expect(undatedOnly(data)).toBe(0);
  });

  it("agrees with the as-of rule on random datasets: no finite day shows exactly those events", () => {
    // The random datasets' predictions are all dated: one dated page's become undated.
    const someUndated = datasets.map((data): Dataset => ({
      ...data,
      events: data.events.map((e) => ({
        ...e,
        citations: e.citations.map((c) =>
          c.source === "may2" && c.outcome !== true ? { ...c, source: "undated" } : c,
        ),
      })),
    }));
    fc.assert(
      fc.property(someUndated, (data) => {
        const shown = datasetAsOf(data, day(2100, 1, 1)).events.length;
        expect(undatedOnly(data)).toBe(data.events.length - shown);
      }),
      { numRuns: 300 },
    );
  });
});
