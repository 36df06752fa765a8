import { describe, expect, it } from "vitest";
import { NO_FILTERS, filterItems, isFiltering, type Filters } from "../../../src/model/filterItems.ts";
import { event, items } from "./build.ts";

const ITEMS = items([
  event("dd-filming", {
    kind: "filming",
    label: "Daredevil season 2 filming",
    start: "2015-07",
    end: "2015-12",
    certainty: "confirmed",
    citations: [{ source: "variety", quote: "Cameras roll in BROOKLYN this summer." }],
  }),
  event("lc-release", {
    show: "luke-cage",
    season: 1,
    label: "Luke Cage premiere",
    start: "2016-09-30",
    certainty: "reported",
    citations: [
      { source: "variety", quote: "The show arrives in September." },
      { source: "deadline", quote: "Harlem's hero gets a date." },
    ],
  }),
  event("if-announce", {
    show: "iron-fist",
    kind: "announcement",
    label: "Casting news",
    certainty: "speculative",
    note: "Rumoured lead actor.",
    citations: [{ source: "deadline", quote: "Finn Jones is said to be in talks." }],
  }),
]);

const ids = (filters: Partial<Filters>) => filterItems(ITEMS, { ...NO_FILTERS, ...filters }).map((i) => i.id);

describe("filterItems()", () => {
  it("filterItems() lets everything through with no filters, in order", () => {
    expect(ids({})).toEqual(["dd-filming", "lc-release", "if-announce"]);
  });

  it("filterItems() gives the list itself when every item passes, so nothing is laid out again", () => {
    expect(filterItems(ITEMS, NO_FILTERS)).toBe(ITEMS);
    // A search word every item holds (each quote has an "e"), and a filter that chooses every show.
    expect(filterItems(ITEMS, { ...NO_FILTERS, query: "e" })).toBe(ITEMS);
    const allShows = ["daredevil", "luke-cage", "iron-fist"];
    expect(filterItems(ITEMS, { ...NO_FILTERS, shows: allShows })).toBe(ITEMS);
    expect(filterItems(ITEMS, { ...NO_FILTERS, query: "premiere" })).not.toBe(ITEMS);
  });

  it("filterItems() keeps only the chosen shows", () => {
    expect(ids({ shows: ["luke-cage", "iron-fist"] })).toEqual(["lc-release", "if-announce"]);
  });

  it("filterItems() keeps only the chosen kinds", () => {
    expect(ids({ kinds: ["filming", "announcement"] })).toEqual(["dd-filming", "if-announce"]);
  });

  it("filterItems() keeps only the chosen certainties", () => {
    expect(ids({ certainties: ["reported"] })).toEqual(["lc-release"]);
  });

  it("filterItems() keeps an item when any of its cited sources has a chosen publisher", () => {
    expect(ids({ publishers: ["Deadline, Inc."] })).toEqual(["lc-release", "if-announce"]);
    expect(ids({ publishers: ["Variety"] })).toEqual(["dd-filming", "lc-release"]);
    expect(ids({ publishers: ["Nobody"] })).toEqual([]);
  });

  it("filterItems() lets nothing through an empty list", () => {
    expect(ids({ shows: [] })).toEqual([]);
    expect(ids({ kinds: [] })).toEqual([]);
    expect(ids({ certainties: [] })).toEqual([]);
    expect(ids({ publishers: [] })).toEqual([]);
  });

  it("filterItems() requires every filter to pass", () => {
    expect(ids({ shows: ["daredevil", "luke-cage"], publishers: ["Deadline, Inc."] })).toEqual([
      "lc-release",
    ]);
    expect(ids({ kinds: ["release"], certainties: ["confirmed"] })).toEqual([]);
  });

  it("filterItems() matches the query against labels and quotes, case-insensitively", () => {
    expect(ids({ query: "PREMIERE" })).toEqual(["lc-release"]);
    expect(ids({ query: "brooklyn" })).toEqual(["dd-filming"]);
    expect(ids({ query: "harlem's" })).toEqual(["lc-release"]);
  });

  it("filterItems() finds an item by its season as the chart labels it (S1), and in words", () => {
    expect(ids({ query: "S1" })).toEqual(["lc-release"]);
    expect(ids({ query: "season 1" })).toEqual(["lc-release"]);
    expect(ids({ query: "cage s1" })).toEqual(["lc-release"]);
  });

  it("filterItems() finds a season whole: 'season 2' is not every 2 of a date, nor 'S1' S12", () => {
    const seasons = items([
      event("s1", { season: 1, label: "Premieres", start: "2016-02-12" }),
      event("s2", { season: 2, label: "Premieres", start: "2017-03-17" }),
      event("s12", { season: 12, label: "Premieres", start: "2018" }),
    ]);
    const found = (query: string) => filterItems(seasons, { ...NO_FILTERS, query }).map((item) => item.id);
    expect(found("season 2")).toEqual(["s2"]);
    expect(found("Season  2 premieres")).toEqual(["s2"]);
    expect(found("S1")).toEqual(["s1"]);
    expect(found("s12")).toEqual(["s12"]);
    // As it is typed with a space: one or two digits after an S that is a word of its own.
    expect(found("S 1")).toEqual(["s1"]);
    expect(found("s  12 premieres")).toEqual(["s12"]);
    // A number alone is found where a number starts: not in S12, but 1 in it, as typed so far.
    expect(found("2")).toEqual(["s2"]);
    expect(found("1")).toEqual(["s1", "s12"]);
  });

  it("filterItems() finds a number where a number starts: 'Show 007' is not Quote 19007's, nor '1' 2016", () => {
    const shows = items([
      event("show-7", { label: "Show 007 filming", start: "2016" }),
      event("other", {
        label: "Other filming",
        start: "2016",
        citations: [{ source: "variety", quote: "Quote 19007." }],
      }),
      event("dated", {
        label: "Filming on 1 May",
        start: "2016-05-01",
        citations: [{ source: "variety", quote: "Cameras roll on 2016-05-01." }],
      }),
    ]);
    const found = (query: string) => filterItems(shows, { ...NO_FILTERS, query }).map((item) => item.id);
    expect(found("Show 007")).toEqual(["show-7"]);
    expect(found("007")).toEqual(["show-7"]);
    // 19007 starts with 1; 2016 does not.
    expect(found("1")).toEqual(["other", "dated"]);
    // As it is typed: the start of 2016.
    expect(found("201")).toEqual(["dated"]);
    // Part of a word or a date, it is found anywhere, as any other text.
    expect(found("19007.")).toEqual(["other"]);
    expect(found("2016-05")).toEqual(["dated"]);
    expect(found("9007")).toEqual([]);
  });

  it("filterItems() finds curly apostrophes and quote marks as a keyboard types them, and letters without accents", () => {
    const typed = items([
      event("curly", {
        label: "Daredevil’s return",
        citations: [{ source: "variety", quote: "“Jéssica” won’t wait." }],
      }),
      event("plain", { label: "Plain filming" }),
    ]);
    const found = (query: string) => filterItems(typed, { ...NO_FILTERS, query }).map((item) => item.id);
    expect(found("Daredevil's")).toEqual(["curly"]);
    expect(found("won't")).toEqual(["curly"]);
    expect(found('"Jessica"')).toEqual(["curly"]);
    expect(found("JÉSSICA won’t")).toEqual(["curly"]);
    // An apostrophe's s before a number is not a season: "Daredevil's 2016" is its words, not season 2016.
    const dated = items([event("dd", { label: "Daredevil’s 2016 return", start: "2016" })]);
    expect(filterItems(dated, { ...NO_FILTERS, query: "Daredevil's 2016" }).map((item) => item.id)).toEqual([
      "dd",
    ]);
    expect(filterItems(dated, { ...NO_FILTERS, query: "Daredevil's 20" }).map((item) => item.id)).toEqual([
      "dd",
    ]);
  });

  it("filterItems() finds a season typed with no space, as 'season2'", () => {
    expect(ids({ query: "season1" })).toEqual(["lc-release"]);
    expect(ids({ query: "Season  1" })).toEqual(["lc-release"]);
  });

  it("filterItems() matches the query against notes and show titles", () => {
    expect(ids({ query: "rumoured" })).toEqual(["if-announce"]);
    expect(ids({ query: "iron fist" })).toEqual(["if-announce"]);
  });

  it("filterItems() requires every word of the query, each anywhere: one in the label, one in a quote", () => {
    expect(ids({ query: "  filming   Brooklyn " })).toEqual(["dd-filming"]);
    expect(ids({ query: "filming harlem" })).toEqual([]);
  });

  it("filterItems() ignores a blank query", () => {
    expect(ids({ query: "   " })).toEqual(["dd-filming", "lc-release", "if-announce"]);
  });
});

describe("isFiltering()", () => {
  it("isFiltering() is false with no filters or a blank query", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: " \t " })).toBe(false);
  });

  it.each<[string, Partial<Filters>]>([
    ["a show list", { shows: ["daredevil"] }],
    ["an empty kind list", { kinds: [] }],
    ["a certainty list", { certainties: ["confirmed"] }],
    ["a publisher list", { publishers: ["Variety"] }],
    ["a query", { query: "x" }],
  ])("isFiltering() is true with %s", (_, filters) => {
    expect(isFiltering({ ...NO_FILTERS, ...filters })).toBe(true);
  });
});
