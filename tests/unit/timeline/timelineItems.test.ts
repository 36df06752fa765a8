import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset, Source } from "../../../src/data/schema.ts";
import { edtfInterval } from "../../../src/dates/edtfInterval.ts";
import { timelineItems } from "../../../src/model/timelineItems.ts";
import { DAY, SHOWS, SOURCES, dataset, event, item, items } from "./build.ts";

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
    // A season is searched as the chart writes it, and in words.
    expect(item("s", { label: "Premiere", season: 2 }).searchText).toBe(
      "premiere\ndaredevil\ns2 season 2\n\nquote for s.",
    );
  });
});

describe("timelineItems() against a plain reading of the dataset (fast-check)", () => {
  const source = (id: string): Source => ({
    id,
    title: `Article ${id}`,
    publisher: "Screen Rant",
    author: null,
    published: "2016-05-11",
    url: `https://example.com/${id}`,
  });
  const known = ["s1", "s2", "s3"];
  const arbitraryDataset = fc
    .array(
      fc.record({
        show: fc.constantFrom(...SHOWS.map((s) => s.id), "nowhere"),
        kind: fc.constantFrom("filming", "production", "release", "announcement" as const),
        start: fc.constantFrom("2016-05", "2016-05-11~", "2017", null),
        cites: fc.array(fc.constantFrom(...known, "unknown"), { minLength: 1, maxLength: 4 }),
      }),
      { maxLength: 20 },
    )
    .map((events): Dataset => ({
      shows: [...SHOWS],
      sources: known.map(source),
      events: events.map((e, i) => ({
        id: `e-${i}`,
        show: e.show,
        kind: e.kind,
        label: `Event ${i}`,
        start: e.start,
        certainty: "reported",
        citations: e.cites.map((s, c) => ({ source: s, quote: `Quote ${i}.${c}` })),
      })),
    }));

  it("gives each event of a known show, with every citation whose source is known and each source once", () => {
    fc.assert(
      fc.property(arbitraryDataset, (data) => {
        const sources = new Map(data.sources.map((s) => [s.id, s]));
        const expected = data.events
          .filter((e) => SHOWS.some((s) => s.id === e.show))
          .map((e) => {
            const citations = e.citations.flatMap(({ quote, source }) => {
              const found = sources.get(source);
              return found ? [{ quote, source: found }] : [];
            });
            return {
              id: e.id,
              start: e.start == null ? null : edtfInterval(e.start),
              citations,
              sources: [...new Set(citations.map((c) => c.source))],
            };
          });
        const got = timelineItems(data).map(({ id, start, citations, sources: cited }) => ({
          id,
          start,
          citations,
          sources: cited,
        }));
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
