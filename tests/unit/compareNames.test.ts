import { describe, expect, it } from "vitest";
import { compareNames } from "../../src/model/compareNames.ts";
import { scoreClaims, scoreSummary } from "../../src/model/scoreClaims.ts";
import { sortedPublishers } from "../../src/model/sortedPublishers.ts";
import { cite, dataset, event, source } from "./claims/build.ts";

// Twelve publishers named with numbers, given in a shuffled order.
const numbered = [7, 10, 2, 12, 1, 9, 11, 3, 5, 8, 4, 6].map((n) =>
  source(`p${n}`, "2016-05-02", { publisher: `Publisher ${n}` }),
);
const inOrder = Array.from({ length: 12 }, (_, i) => `Publisher ${i + 1}`);

describe("names in a reader's order: Publisher 2 before Publisher 10", () => {
  it("compareNames() orders numbers by value, letters in any case, accents beside their letter", () => {
    expect(
      ["Publisher 10", "publisher 3", "Publisher 2", "Zeta", "Émile", "alpha", "Eve"].sort(compareNames),
    ).toEqual(["alpha", "Émile", "Eve", "Publisher 2", "publisher 3", "Publisher 10", "Zeta"]);
  });

  it("compareNames() breaks a tie the collator leaves, so the order never depends on the input's", () => {
    expect(["Publisher 2", "Publisher 02"].sort(compareNames)).toEqual(["Publisher 02", "Publisher 2"]);
    expect(["Publisher 02", "Publisher 2"].sort(compareNames)).toEqual(["Publisher 02", "Publisher 2"]);
    expect(compareNames("Same", "Same")).toBe(0);
  });

  it("the filter panel lists the publishers so", () => {
    expect(sortedPublishers(dataset([], numbered))).toEqual(inOrder);
  });

  it("the scorecard's By publisher table lists them so", () => {
    const happened = cite("later", { claim: { start: "2017-04-03" }, outcome: true });
    const predictions = numbered.map((s) => cite(s.id, { claim: { start: "2017" } }));
    const later = source("later", "2017-04-03", { publisher: "Netflix" });
    const rows = scoreClaims(dataset([event("a", [...predictions, happened])], [...numbered, later]));
    expect(scoreSummary(rows, "publisher").map((s) => s.key)).toEqual(inOrder);
  });
});
