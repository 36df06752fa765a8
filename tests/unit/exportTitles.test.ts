import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { datasetAsOf } from "../../src/model/datasetAsOf.ts";
import { exportFileName } from "../../src/model/exportFileName.ts";
import { selectionTitle } from "../../src/model/selectionTitle.ts";
import { subsetDataset } from "../../src/model/subsetDataset.ts";
import { datasetToCsv } from "../../src/model/datasetToCsv.ts";
import { dataset, event } from "./timeline/build.ts";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const bundled = parseDataset(
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8")),
).dataset;

describe("a file saved while viewing an earlier day says that day", () => {
  const three = { ...dataset([event("a"), event("b"), event("c")]), title: "Mine" };

  it("in its title: the day alone, or the day and the selection", () => {
    expect(selectionTitle(three, 3, day("2016-05-02"))).toBe("Mine (as known on 2 May 2016)");
    expect(selectionTitle(three, 2, day("2016-05-02"))).toBe(
      "Mine (as known on 2 May 2016; a selection: 2 of 3 events)",
    );
    expect(selectionTitle(three, 2, null)).toBe("Mine (a selection: 2 of 3 events)");
    // Digits grouped as the export group's name groups them ("of 20,000").
    const many = { title: "Big", events: Array.from({ length: 20_000 }, () => three.events[0]!) };
    expect(selectionTitle(many, 1_500, null)).toBe("Big (a selection: 1,500 of 20,000 events)");
    expect(selectionTitle(three, 3, null)).toBe("Mine");
  });

  it("a picture of only the rows scrolled to says which, and nothing when it holds them all", () => {
    expect(selectionTitle(three, 3, null, { first: 1, last: 2, of: 40 })).toBe(
      "Mine (rows 1–2 of 40, as scrolled)",
    );
    expect(selectionTitle(three, 2, day("2016-05-02"), { first: 27, last: 27, of: 40 })).toBe(
      "Mine (as known on 2 May 2016; a selection: 2 of 3 events; row 27 of 40, as scrolled)",
    );
    expect(selectionTitle(three, 3, null, { first: 1, last: 6, of: 6 })).toBe("Mine");
  });

  it("in its name: timeline-as-of-<day>, after -selection when it is one", () => {
    expect(exportFileName("timeline", { asOf: day("2016-05-02") }, "svg")).toBe(
      "timeline-as-of-2016-05-02.svg",
    );
    expect(exportFileName("timeline", { selection: true, asOf: day("2016-05-02") }, "csv")).toBe(
      "timeline-selection-as-of-2016-05-02.csv",
    );
    expect(exportFileName("timeline", { selection: true, asOf: null }, "json")).toBe(
      "timeline-selection.json",
    );
    expect(exportFileName("timeline", { asOf: null }, "png")).toBe("timeline.png");
    // Last, so that it is seen however long the rest.
    expect(exportFileName("timeline", { asOf: null, incomplete: true }, "json")).toBe(
      "timeline-incomplete.json",
    );
    expect(
      exportFileName("timeline", { selection: true, asOf: day("2016-05-02"), incomplete: true }, "csv"),
    ).toBe("timeline-selection-as-of-2016-05-02-incomplete.csv");
    expect(exportFileName("luke-cage-1-release-sources", { asOf: day("2016-05-11") }, "bib")).toBe(
      "luke-cage-1-release-sources-as-of-2016-05-11.bib",
    );
  });

  it("the bundled timeline as known on 2 May 2016, saved as JSON, is a valid dataset whose title says the day", () => {
    const asOf = datasetAsOf(bundled, day("2016-05-02"));
    expect(asOf.events.length).toBeLessThan(bundled.events.length);
    const all = subsetDataset(asOf, new Set(asOf.events.map((e) => e.id)), day("2016-05-02"));
    expect(parseDataset(all).problems).toEqual([]);
    expect(all.title).toBe("Marvel × Netflix: what the news said (as known on 2 May 2016)");
    // A claim's order relation to an event not yet reported is left out, and its note says why: not a filter.
    const defenders = all.events.find((e) => e.id === "the-defenders-release");
    expect(defenders?.citations[0]?.claim?.relations).toEqual([]);
    // Its own note (the dataset's word on its settled fields) waits for them: only the saved day's words.
    expect(defenders?.note).toBe(
      'Saved as known on 2 May 2016: left out its relation "after iron-fist-1-release" to events not reported by then.',
    );
    expect(all.events.map((e) => e.note).join(" ")).not.toContain("filtered view");
    // Filtered too: the title says both, and the file is still valid.
    const first = asOf.events[0];
    if (!first) throw new Error("no event on 2 May 2016");
    const one = subsetDataset(asOf, new Set([first.id]), day("2016-05-02"));
    expect(parseDataset(one).problems).toEqual([]);
    expect(one.title).toBe(
      `Marvel × Netflix: what the news said (as known on 2 May 2016; a selection: 1 of ${asOf.events.length} events)`,
    );
  });

  it("saved as CSV, its title row says the day", () => {
    const asOf = datasetAsOf(bundled, day("2016-05-02"));
    const csv = datasetToCsv(
      subsetDataset(asOf, new Set(asOf.events.map((e) => e.id)), day("2016-05-02")),
    ).csv;
    expect(csv.split("\r\n")[0]).toBe("#title,Marvel × Netflix: what the news said (as known on 2 May 2016)");
  });

  it("a title at the schema's 300 characters is cut, so that the saved file stays valid", () => {
    // An emoji at the cut is kept whole or left out, never split into half a surrogate pair.
    const long = { ...three, title: `${"T".repeat(230)}${"😀".repeat(35)}` };
    expect(parseDataset(long).problems).toEqual([]);
    for (const asOf of [null, day("2016-05-02")]) {
      const saved = subsetDataset(long, new Set(["a"]), asOf);
      expect(parseDataset(saved).problems).toEqual([]);
      expect(saved.title?.length).toBeLessThanOrEqual(300);
      expect(saved.title).toMatch(
        /^T{230}(😀)+… \((as known on 2 May 2016; )?a selection: 1 of 3 events\)$/u,
      );
    }
  });
});
