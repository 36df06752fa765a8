import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimsIndex } from "../../../src/model/claimsIndex.ts";
import { eventClaims } from "../../../src/model/eventClaims.ts";
import { cite, dataset, day, event, sourceMap } from "./build.ts";
import { datasets } from "./randomDatasets.ts";

describe("claimsIndex()", () => {
  const data = dataset([
    event("a", [cite("may2"), cite("may11", { claim: { start: "2016-12" } })], { start: "2016-03" }),
    event("b", [cite("may11"), cite("may11", { claim: { start: "2017" } })], { start: "2016-06" }),
    event("c", [cite("may2")], { start: "2016-01" }),
  ]);

  it("lists the events a day's reports speak of, once each, in dataset order", () => {
    const { shownOn } = claimsIndex(data);
    expect(shownOn(day(2016, 5, 11)).map((e) => e.id)).toEqual(["a", "b"]);
    expect(shownOn(day(2016, 5, 2)).map((e) => e.id)).toEqual(["a", "c"]);
    expect(shownOn(day(2016, 5, 5))).toEqual([]);
  });

  it("gives each event's claims as eventClaims reads them", () => {
    const { claimsOf } = claimsIndex(data);
    for (const e of data.events) expect(claimsOf(e)).toEqual(eventClaims(e, sourceMap()));
  });

  it("is read once per dataset", () => {
    expect(claimsIndex(data)).toBe(claimsIndex(data));
    expect(claimsIndex(dataset([...data.events]))).not.toBe(claimsIndex(data));
  });

  it("on random datasets, a day lists exactly the events with a claim first shown that day", () => {
    fc.assert(
      fc.property(datasets, (random) => {
        const sources = new Map(random.sources.map((s) => [s.id, s]));
        const { shownOn } = claimsIndex(random);
        const days = new Set(random.events.flatMap((e) => eventClaims(e, sources).map((c) => c.shownFrom)));
        for (const d of days) {
          const expected = random.events.filter((e) =>
            eventClaims(e, sources).some((c) => c.shownFrom === d),
          );
          expect(shownOn(d)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
