import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data/parseDataset.ts";

const source = (over: Record<string, unknown> = {}) => ({
  id: "src",
  title: "An article",
  publisher: "Example News",
  author: null,
  published: "2016-05-11",
  url: "https://example.com/a",
  ...over,
});
const prediction = { source: "src", quote: "Filming starts in May.", claim: { start: "2016-05" } };
const event = (citations: unknown[], over: Record<string, unknown> = {}) => ({
  id: "e1",
  show: "show",
  kind: "filming",
  label: "Filming",
  start: "2016-05",
  certainty: "reported",
  citations: [prediction, ...citations],
  ...over,
});
const parse = (events: unknown[], sources = [source()]) =>
  parseDataset({ shows: [{ id: "show", title: "Show" }], sources, events });

describe("date claims on citations", () => {
  it("keeps a citation's own claim, an outcome and its note", () => {
    const outcome = {
      source: "src",
      quote: "Filming began today.",
      claim: { start: "2016-05-10" },
      outcome: true,
      note: "Set photos only.",
    };
    const { dataset, problems } = parse([event([outcome])]);
    expect(problems).toEqual([]);
    expect(dataset.events[0]?.citations).toEqual([prediction, outcome]);
  });

  it("accepts a wiki page with no printed date", () => {
    const wiki = source({ id: "wiki", published: null, evidence: "wiki" });
    const outcome = {
      source: "wiki",
      quote: "Filming began in 2017.",
      claim: { start: "2017" },
      outcome: true,
    };
    const { dataset, problems } = parse([event([outcome])], [source(), wiki]);
    expect(problems).toEqual([]);
    expect(dataset.sources[1]?.published).toBeNull();
  });

  it.each([
    ["a claim date that isn't EDTF", { ...prediction, claim: { start: "late 2016" } }, "claim.start"],
    ["an outcome without a date", { source: "src", quote: "It happened.", outcome: true }, "claim"],
    ["an outcome flag that isn't true", { ...prediction, outcome: false }, "outcome"],
  ])("leaves out only the citation with %s, with its path", (_, bad, where) => {
    const { dataset, problems } = parse([event([bad])]);
    expect(dataset.events.map((e) => e.citations.length)).toEqual([1]);
    expect(problems.map((p) => p.path)).toEqual([`events[0].citations[1].${where}`]);
  });

  it("refuses an outcome dated after the page that reports it, beyond a few weeks' announcement", () => {
    const early = source({ id: "early", published: "2016-01-07" });
    const announcing = {
      source: "src",
      quote: "It returns tomorrow.",
      claim: { start: "2016-05-12" },
      outcome: true,
    };
    const tooEarly = {
      source: "early",
      quote: "It films in May.",
      claim: { start: "2016-05-10" },
      outcome: true,
    };
    const { dataset, problems } = parse([event([announcing, tooEarly])], [source(), early]);
    expect(dataset.events[0]?.citations).toEqual([prediction, announcing]);
    expect(problems).toEqual([
      {
        id: "e1",
        path: "events[0].citations[2].claim.start",
        reason: expect.stringMatching(
          /outcome dated 2016-05-10 cannot be reported by a page published 2016-01-07/,
        ),
        effect: "left out",
      },
    ]);
  });

  it("refuses an end on a milestone's claim", () => {
    const bad = { ...prediction, claim: { start: "2016-05", end: "2016-06" } };
    const { problems } = parse([event([bad], { kind: "release" })]);
    expect(problems.map((p) => p.path)).toContain("events[0].citations[1].claim.end");
  });

  it("refuses a claim that ends before it starts, as an event's own dates are, and keeps the event on its others", () => {
    const reversed = { ...prediction, claim: { start: "2016-05", end: "2016-03" } };
    // An outcome's end before the start it gives, too; one ending in the month it starts is a window of it.
    const outcome = { ...reversed, claim: { start: "2016-05-10", end: "2016-05-02" }, outcome: true };
    const sameMonth = { ...prediction, claim: { start: "2016-05", end: "2016-05" } };
    const { dataset, problems } = parse([event([reversed, outcome, sameMonth])]);
    expect(problems).toEqual([
      {
        id: "e1",
        path: "events[0].citations[1].claim.end",
        reason: "the claim ends (2016-03) before it starts (2016-05) (citation left out)",
        effect: "left out",
      },
      {
        id: "e1",
        path: "events[0].citations[2].claim.end",
        reason: "the claim ends (2016-05-02) before it starts (2016-05-10) (citation left out)",
        effect: "left out",
      },
    ]);
    expect(dataset.events[0]?.citations).toEqual([prediction, sameMonth]);
  });

  it("still reports an event whose every citation is bad: once, at the citation, with the event left out", () => {
    const { dataset, problems } = parse([
      { ...event([]), citations: [{ ...prediction, claim: { start: "x" } }] },
    ]);
    expect(dataset.events).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(["events[0].citations[0].claim.start"]);
    expect(problems[0]?.reason).toMatch(/\(the event has no other citation, so it is left out\)$/);
  });
});
