import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/data/jsonSchema.ts";
import { parseDatasetText } from "../../src/data/parseDataset.ts";

const root = resolve(import.meta.dirname, "../..");
const { dataset, problems } = parseDatasetText(
  readFileSync(resolve(root, "public/data/timeline.json"), "utf8"),
);

describe("the bundled dataset", () => {
  it("has no problems", () => {
    expect(problems).toEqual([]);
  });

  it("gives every show events", () => {
    for (const show of dataset.shows) {
      expect(dataset.events.filter((e) => e.show === show.id).length, show.id).toBeGreaterThan(0);
    }
  });

  it("covers every show and season the articles mention", () => {
    const covered = new Set(
      dataset.events.map((e) => `${e.show}${e.season === undefined ? "" : `-${e.season}`}`),
    );
    for (const key of [
      "daredevil-1",
      "daredevil-2",
      "daredevil-3",
      "jessica-jones-1",
      "jessica-jones-2",
      "luke-cage-1",
      "iron-fist-1",
      "the-defenders",
      "the-punisher-1",
    ]) {
      expect(covered, key).toContain(key);
    }
  });

  it("labels each event by what it is, not by a date or by what later news made of it", () => {
    // A label is shown on every day the timeline is read as of: "premieres (2017 at the earliest)" said on
    // 17 January 2016 what was first reported in May, and "(older hope)" what later news made of a hope.
    // The dates, and whether they were announced, are said beside the label, as of the day.
    for (const { id, label } of dataset.events) {
      expect(label, id).not.toMatch(/\(|\b(19|20)\d\d\b|announced|older|earliest/);
    }
  });

  it("backs every event with at least one quote", () => {
    for (const event of dataset.events) expect(event.citations.length, event.id).toBeGreaterThan(0);
  });

  it("takes its predictions from the five articles, and only outcomes from other pages", () => {
    const predicting = new Set(
      dataset.events.flatMap((e) => e.citations.filter((c) => c.outcome !== true).map((c) => c.source)),
    );
    const publishers = dataset.sources.filter((s) => predicting.has(s.id)).map((s) => s.publisher);
    expect(publishers.sort()).toEqual([
      "CinemaBlend",
      "Collider",
      "Player.One",
      "Screen Rant",
      "SuperHeroStuff (The Source blog)",
    ]);
  });

  it("gives every season the articles name an outcome where one is known", () => {
    const withOutcome = dataset.events.filter((e) => e.citations.some((c) => c.outcome === true));
    expect(withOutcome.length).toBeGreaterThanOrEqual(14);
  });

  it("names the generated JSON Schema, which is up to date", () => {
    expect(dataset.$schema).toBe("./timeline.schema.json");
    expect(readFileSync(resolve(root, "public/data/timeline.schema.json"), "utf8")).toBe(jsonSchema());
  });
});
