import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/schema.ts";
import { citationSurvey } from "../../../src/model/citationSurvey.ts";
import { reportDays } from "../../../src/model/reportDays.ts";
import { eventClaims, isoDayMs } from "../../../src/model/eventClaims.ts";
import { newestReport } from "../../../src/model/newestReport.ts";
import { settledDay } from "../../../src/model/settledDay.ts";
import { cite, dataset, day, event, SOURCES, sourceMap } from "./build.ts";
import { datasets } from "./randomDatasets.ts";

const RUNS = { numRuns: 300 };

/** The report days as defined: every claim's shownFrom that is a day, each event's claims read. */
const definedReportDays = (data: Dataset) =>
  [
    ...new Set(
      data.events
        .flatMap((e) => eventClaims(e, sourceMap(data.sources)))
        .map((c) => c.shownFrom)
        .filter(Number.isFinite),
    ),
  ].sort((a, b) => a - b);

/** The settled day as defined, written out plainly. */
function definedSettledDay(data: Dataset): number | null {
  const ids = new Set(data.events.map((e) => e.id));
  const citations = data.events.flatMap((e) => e.citations);
  if (citations.some((c) => c.claim !== undefined || c.outcome === true)) return null;
  if (data.events.some((e) => e.relations?.some((r) => !ids.has(r.event)))) return null;
  let last = -Infinity;
  for (const c of citations) {
    const source = data.sources.find((s) => s.id === c.source);
    if (!source) return null;
    last = Math.max(last, source.published === null ? Infinity : isoDayMs(source.published));
  }
  return last;
}

/** Datasets of claimless citations, some of unknown sources or undated pages, some with relations. */
const plainDatasets = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom("a", "b", "c", "d"),
      citations: fc.array(fc.constantFrom(...SOURCES.map((s) => s.id), "nowhere"), {
        minLength: 1,
        maxLength: 3,
      }),
      relation: fc.option(fc.constantFrom("a", "b", "zz")),
    }),
    { selector: (e) => e.id, maxLength: 5 },
  )
  .map((list) =>
    dataset(
      list.map(({ id, citations, relation }) =>
        event(
          id,
          citations.map((s) => cite(s)),
          relation === null ? {} : { relations: [{ type: "after", event: relation }] },
        ),
      ),
    ),
  );

/** The dataset with a prediction from the undated page added to its first event. */
const withUndatedPrediction = (data: Dataset): Dataset => ({
  ...data,
  events: data.events.map((e, i) => (i === 0 ? { ...e, citations: [...e.citations, cite("undated")] } : e)),
});

describe("citationSurvey(): one pass over the citations for the as-of view's first draw", () => {
  it("reportDays() gives every claim's shown day, reading the claims of events with outcomes only", () => {
    fc.assert(
      fc.property(fc.oneof(datasets, datasets.map(withUndatedPrediction)), (data) => {
        expect(reportDays(data)).toEqual(definedReportDays(data));
      }),
      RUNS,
    );
  });

  it("settledDay() is the last page's day when every citation is a plain prediction, else null", () => {
    fc.assert(
      fc.property(fc.oneof(datasets, plainDatasets), (data) => {
        expect(settledDay(data)).toBe(definedSettledDay(data));
      }),
      RUNS,
    );
  });

  it("settles a dataset of plain predictions on its last page's day, and at Infinity with an undated page", () => {
    expect(settledDay(dataset([event("a", [cite("early")]), event("b", [cite("may2")])]))).toBe(
      day(2016, 5, 2),
    );
    expect(settledDay(dataset([event("a", [cite("early"), cite("undated")])]))).toBe(Infinity);
  });

  it("leaves unsettled a dataset with a claim, an outcome, an unknown source or a relation to nowhere", () => {
    const claimed = cite("early", { claim: { start: "2016-05" } });
    const outcome = cite("may2", { claim: { start: "2016-05-01" }, outcome: true });
    expect(settledDay(dataset([event("a", [claimed])]))).toBeNull();
    expect(settledDay(dataset([event("a", [cite("early"), outcome])]))).toBeNull();
    expect(settledDay(dataset([event("a", [cite("gone")])]))).toBeNull();
    const nowhere = event("a", [cite("early")], { relations: [{ type: "after", event: "zz" }] });
    expect(settledDay(dataset([nowhere]))).toBeNull();
  });

  it("counts a source cited only for an outcome as no prediction, for the latest report", () => {
    const outcome = cite("later", { claim: { start: "2016-05-01" }, outcome: true });
    const data = dataset([event("a", [cite("may2"), outcome])]);
    expect([...citationSurvey(data).predicting]).toEqual(["may2"]);
    expect(newestReport(data)).toBe("2016-05-02");
  });

  it("reportDays() gives an event cited only for its outcome the day its outcome is known: no page predicted it", () => {
    const outcome = cite("later", { claim: { start: "2016-05-01" }, outcome: true });
    const data = dataset([event("a", [outcome])]);
    expect(reportDays(data)).toEqual(definedReportDays(data));
    expect(reportDays(data)).toEqual([day(2017, 4, 3)]);
  });

  it("reads a dataset once: the same survey for each caller", () => {
    const data = dataset([event("a", [cite("early")])]);
    expect(citationSurvey(data)).toBe(citationSurvey(data));
  });
});
