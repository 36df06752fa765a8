import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatasetText } from "../../../src/data/parseDataset.ts";
import { changesOn } from "../../../src/model/changesOn.ts";
import { cite, dataset, day, event } from "./build.ts";

const bundled = parseDatasetText(
  readFileSync(resolve(import.meta.dirname, "../../../public/data/timeline.json"), "utf8"),
).dataset;

describe("changesOn()", () => {
  it("says what 11 May 2016 moved, and what it was, pointing at the citation", () => {
    const moved = changesOn(bundled, day(2016, 5, 11)).find((c) => c.event === "jessica-jones-2-production");
    expect(moved).toMatchObject({ kind: "moved", source: "screenrant-2016-05-11", citation: 1 });
    expect(moved?.text).toBe(
      "Screen Rant, 11 May 2016: Jessica Jones season 2 production begins: October 2016 or later, " +
        "back-to-back with The Defenders production; was 2017 (Player.One)",
    );
  });

  it("lists an event the day's reports added", () => {
    const added = changesOn(bundled, day(2016, 1, 17))
      .filter((c) => c.kind === "added")
      .map((c) => c.event);
    expect(added).toContain("the-punisher-1-possible");
    expect(added).not.toContain("the-punisher-1-order");
  });

  it("lists nothing on a day without reports", () => {
    expect(changesOn(bundled, day(2016, 5, 5))).toEqual([]);
  });

  it("flags a report that contradicts the date of the day before, and one that only adds an order", () => {
    const data = dataset([
      event(
        "e",
        [
          cite("may2", { claim: { start: "2016-03" } }),
          cite("may11", { claim: { start: "2016-12" } }),
          cite("may11", { claim: { start: "2016-03" } }),
          cite("may11", { claim: { relations: [{ type: "after", event: "f" }] } }),
        ],
        { start: "2016-03" },
      ),
      event("f", [cite("may2")], { start: "2016-01" }),
    ]);
    expect(changesOn(data, day(2016, 5, 11)).map((c) => [c.kind, c.citation])).toEqual([
      ["contradicted", 1],
      ["ordered", 3],
    ]);
  });

  it("reports an outcome on the day it became known", () => {
    const [line] = changesOn(bundled, day(2018, 3, 8));
    expect(line?.text).toBe(
      "CBR, 8 March 2018: Jessica Jones season 2 premieres (2017 at the earliest): premiered 8 March 2018; reported 2017 or later",
    );
  });
});
