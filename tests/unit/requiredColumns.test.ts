import { describe, expect, it } from "vitest";
import { REQUIRED_COLUMNS } from "../../src/model/requiredColumns.ts";
import { parseCsvDataset } from "../../src/model/parseCsvDataset.ts";

describe("REQUIRED_COLUMNS", () => {
  it("REQUIRED_COLUMNS are the columns whose field the schema refuses an item without, but the ids", () => {
    expect(REQUIRED_COLUMNS).toEqual([
      "show",
      "kind",
      "label",
      "certainty",
      "source title",
      "publisher",
      "published",
      "url",
      "quote",
    ]);
  });

  it("a sheet of only the required columns opens, and lacking any one of them refuses its rows", () => {
    const cells: Record<string, string> = {
      show: "daredevil",
      kind: "release",
      label: "Season 1 premieres",
      certainty: "confirmed",
      "source title": "Daredevil dated",
      publisher: "Variety",
      published: "2015-01-05",
      url: "https://example.com/a",
      quote: "It arrives in April",
    };
    const sheet = (columns: readonly string[]) =>
      parseCsvDataset([columns.join(","), columns.map((c) => cells[c]).join(",")].join("\n"));
    expect(sheet(REQUIRED_COLUMNS).dataset.events).toHaveLength(1);
    for (const lacked of REQUIRED_COLUMNS) {
      const { dataset, problems } = sheet(REQUIRED_COLUMNS.filter((c) => c !== lacked));
      expect(dataset.events, lacked).toHaveLength(0);
      expect(problems[0]?.reason, lacked).toContain(`no "${lacked}" column`);
    }
  });
});
