import { describe, expect, it } from "vitest";
import { timelineItems } from "../../../src/model/timelineItems.ts";
import { DAY, SOURCES, dataset, event, item, items } from "./build.ts";

describe("timelineItems()", () => {
  it("timelineItems() parses dates once: a window's start and end, a milestone's start only", () => {
    const [filming, release] = items([
      event("f", { kind: "filming", start: "2016-05", end: "2016-10~" }),
      event("r", { start: "2016-09-30" }),
    ]);
    expect(filming).toMatchObject({
      isWindow: true,
      start: { earliest: Date.UTC(2016, 4, 1), latest: Date.UTC(2016, 5, 1) - 1, approximate: false },
      end: { earliest: Date.UTC(2016, 9, 1), latest: Date.UTC(2016, 10, 1) - 1, approximate: true },
    });
    expect(release).toMatchObject({
      isWindow: false,
      start: { earliest: Date.UTC(2016, 8, 30), latest: Date.UTC(2016, 8, 30) + DAY - 1 },
      end: null,
    });
  });

  it("timelineItems() gives an undated event a null start, for the shelf", () => {
    expect(item("u")).toMatchObject({ start: null, end: null, when: "date not announced" });
  });

  it("timelineItems() leaves out events of unknown shows", () => {
    const data = dataset([event("a"), event("b", { show: "the-punisher" })]);
    expect(timelineItems(data).map((i) => i.id)).toEqual(["a"]);
  });

  it("timelineItems() resolves cited sources once each, in citation order", () => {
    const cited = item("a", {
      citations: [
        { source: "deadline", quote: "One." },
        { source: "variety", quote: "Two." },
        { source: "deadline", quote: "Three." },
      ],
    });
    expect(cited.sources).toEqual([SOURCES[1], SOURCES[0]]);
  });

  it("timelineItems() resolves every citation to its source, keeping quotes in dataset order", () => {
    const cited = item("a", {
      citations: [
        { source: "deadline", quote: "One." },
        { source: "variety", quote: "Two." },
        { source: "deadline", quote: "Three." },
      ],
    });
    expect(cited.citations).toEqual([
      { quote: "One.", source: SOURCES[1] },
      { quote: "Two.", source: SOURCES[0] },
      { quote: "Three.", source: SOURCES[1] },
    ]);
  });

  it("timelineItems() names an item by what, when and how sure", () => {
    const named = item("r", { label: "Luke Cage premiere", start: "2016-09-30", certainty: "confirmed" });
    expect(named.name).toBe("Luke Cage premiere, release, 30 September 2016, confirmed");
  });

  it("timelineItems() lower-cases label, show title, note and quotes into the search text", () => {
    const searched = item("r", {
      label: "Big PREMIERE",
      note: "A Note",
      citations: [{ source: "variety", quote: "Quoted TEXT." }],
    });
    expect(searched.searchText).toBe("big premiere\ndaredevil\na note\nquoted text.");
  });
});
