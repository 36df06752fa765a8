import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { asOfView } from "../../../src/model/asOfView.ts";
import { claimsAsOf } from "../../../src/model/claimsAsOf.ts";
import { datasetAsOf } from "../../../src/model/datasetAsOf.ts";
import { subsetDataset } from "../../../src/model/subsetDataset.ts";
import { timelineItems } from "../../../src/model/timelineItems.ts";
import { SOURCES, cite, dataset, day, event, source, sourceMap } from "./build.ts";

const sources = sourceMap();
// Production: "2017" on 2 May, "after The Defenders" (October 2016 or later) on 11 May, started 3 April 2017.
const production = event(
  "production",
  [
    cite("may2", { claim: { start: "2017" } }),
    cite("may11", { claim: { start: "2016-10/..", relations: [{ type: "after", event: "other" }] } }),
    cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
  ],
  { start: "2016-10/..", relations: [{ type: "back-to-back", event: "other" }] },
);
const asOf = (y: number, m: number, d: number) => claimsAsOf(production, sources, day(y, m, d));

describe("claimsAsOf()", () => {
  it("hides an event before its first source is published", () => {
    expect(asOf(2016, 5, 1)).toEqual({ state: "unreported" });
  });

  it("shows it from its first source's day, with that source's date", () => {
    expect(asOf(2016, 5, 2)).toMatchObject({ state: "reported", start: "2017", superseded: [] });
    expect(asOf(2016, 5, 10)).toMatchObject({ start: "2017" });
  });

  it("moves to the newest claim on its day and keeps the older one as superseded", () => {
    const state = asOf(2016, 5, 11);
    expect(state).toMatchObject({ state: "reported", start: "2016-10/..", current: "own" });
    if (state.state !== "reported") throw new Error("unreported");
    expect(state.superseded.map((c) => c.start)).toEqual(["2017"]);
  });

  it("hides an outcome until its page's day, then reports what happened", () => {
    expect(asOf(2017, 4, 2)).toMatchObject({ actual: null, outcomes: [] });
    expect(asOf(2017, 4, 3)).toMatchObject({ actual: { start: "2017-04-03", end: null } });
  });

  it("counts the newest of several same-day claims in citation order", () => {
    const tie = event(
      "tie",
      [cite("may11", { claim: { start: "2017" } }), cite("may11", { claim: { start: "2018" } })],
      {
        start: "2018",
      },
    );
    expect(claimsAsOf(tie, sources, day(2016, 5, 11))).toMatchObject({ start: "2018", current: "own" });
  });

  it("keeps no ghost of a date only written otherwise: '2018?' then '2018-XX' is the same year", () => {
    const reworded = event("reworded", [
      cite("early", { claim: { start: "2018?" } }),
      cite("may2", { claim: { start: "2018-XX" } }),
      cite("later", { claim: { start: "2019" } }),
    ]);
    const state = claimsAsOf(reworded, sources, day(2016, 5, 11));
    if (state.state !== "reported") throw new Error("unreported");
    expect(state.start).toBe("2018-XX");
    expect(state.superseded).toEqual([]);
  });

  it("keeps each other event's order as the newest report to give one put it, not both of two opposite", () => {
    const after = (other: string) => ({ type: "after" as const, event: other });
    const before = (other: string) => ({ type: "before" as const, event: other });
    const reversed = event("reversed", [
      cite("early", { claim: { start: "2018", relations: [after("x"), after("y")] } }),
      cite("may2", { claim: { relations: [before("x"), { type: "back-to-back", event: "y" }, after("y")] } }),
      cite("later"),
    ]);
    const state = claimsAsOf(reversed, sources, day(2016, 5, 11));
    if (state.state !== "reported") throw new Error("unreported");
    expect(state.relations).toEqual([before("x"), { type: "back-to-back", event: "y" }, after("y")]);
  });

  it("keeps a contradicted claim as a ghost beside the newer one", () => {
    const clash = event(
      "clash",
      [cite("may2", { claim: { start: "2016-03" } }), cite("may11"), cite("later")],
      {
        start: "2016-12",
      },
    );
    const state = claimsAsOf(clash, sources, day(2016, 5, 11));
    if (state.state !== "reported") throw new Error("unreported");
    expect(state.start).toBe("2016-12");
    expect(state.superseded.map((c) => c.start)).toEqual(["2016-03"]);
  });

  it("keeps no ghost of a claim the event never stood on: a newer, vaguer one on the day it took its own date", () => {
    // Luke Cage's premiere: 30 September 2016 from 2 May; CinemaBlend's "September 2016" on 11 May moved nothing.
    const premiere = event("premiere", [cite("may2"), cite("may11", { claim: { start: "2016-09" } })], {
      start: "2016-09-30",
    });
    const state = claimsAsOf(premiere, sources, day(2016, 5, 11));
    if (state.state !== "reported") throw new Error("unreported");
    expect(state.start).toBe("2016-09-30");
    expect(state.superseded).toEqual([]);
  });

  it("keeps no ghost of a claim told the same day as a newer one, and one of each day the event stood on", () => {
    const moves = event(
      "moves",
      [
        cite("early", { claim: { start: "2016" } }),
        cite("may2", { claim: { start: "2016-03" } }),
        cite("may2", { claim: { start: "2016-06" } }),
        cite("may11", { claim: { start: "2016-09" } }),
        cite("later"),
      ],
      { start: "2016-12" },
    );
    const state = claimsAsOf(moves, sources, day(2016, 5, 11));
    if (state.state !== "reported") throw new Error("unreported");
    expect(state.start).toBe("2016-09");
    // "2016-03" was replaced on its own day, before the timeline showed it.
    expect(state.superseded.map((c) => c.start)).toEqual(["2016", "2016-06"]);
  });

  it("shows an event no page predicted from the day a page says it happened, as its own fields say", () => {
    const done = event("done", [cite("later", { claim: { start: "2017-04-03" }, outcome: true })], {
      start: "2017-04",
    });
    expect(claimsAsOf(done, sources, day(2017, 4, 2))).toEqual({ state: "unreported" });
    expect(claimsAsOf(done, sources, day(2017, 4, 3))).toMatchObject({
      state: "reported",
      start: "2017-04",
      current: "own",
      predictions: [],
      actual: { start: "2017-04-03", end: null },
    });
    expect(claimsAsOf(done, sources, Infinity)).toMatchObject({ state: "reported", start: "2017-04" });
  });

  it("says 'no date yet' while only an order is known", () => {
    const ordered = event(
      "ordered",
      [cite("early", { claim: { relations: [{ type: "after", event: "other" }] } }), cite("may2")],
      {
        start: "2017",
      },
    );
    expect(claimsAsOf(ordered, sources, day(2016, 1, 17))).toMatchObject({
      start: null,
      current: null,
      relations: [{ type: "after", event: "other" }],
    });
  });

  it("knows an outcome on an undated page once all it reports has happened: the end of its window", () => {
    const wiki = event(
      "wiki",
      [cite("may2"), cite("undated", { claim: { start: "2016-10", end: "2017-03" }, outcome: true })],
      {
        start: "2016-10",
      },
    );
    // "To March 2017" may mean the 31st: not known on the 1st, nor on the 30th.
    expect(claimsAsOf(wiki, sources, day(2017, 3, 1))).toMatchObject({ actual: null });
    expect(claimsAsOf(wiki, sources, day(2017, 3, 30))).toMatchObject({ actual: null });
    expect(claimsAsOf(wiki, sources, day(2017, 3, 31))).toMatchObject({
      actual: { start: "2016-10", end: "2017-03" },
    });
  });

  it("knows a month-dated outcome on an undated page from the month's last day, a day-dated one from its day", () => {
    const outcome = (start: string) =>
      event("e", [cite("may2"), cite("undated", { claim: { start }, outcome: true })], { start: "2016" });
    expect(claimsAsOf(outcome("2016-10"), sources, day(2016, 10, 30))).toMatchObject({ actual: null });
    expect(claimsAsOf(outcome("2016-10"), sources, day(2016, 10, 31))).toMatchObject({
      actual: { start: "2016-10" },
    });
    expect(claimsAsOf(outcome("2016-10-08"), sources, day(2016, 10, 7))).toMatchObject({ actual: null });
    expect(claimsAsOf(outcome("2016-10-08"), sources, day(2016, 10, 8))).toMatchObject({
      actual: { start: "2016-10-08" },
    });
  });

  it("keeps the more exact outcome when a later one only says less ('October' after '8 October')", () => {
    const withOct16 = sourceMap([...SOURCES, source("oct16", "2016-10-16")]);
    const filming = event(
      "filming",
      [
        cite("may2"),
        cite("oct16", { claim: { end: "2016-10-08" }, outcome: true }),
        cite("undated", { claim: { start: "2016-04", end: "2016-10" }, outcome: true }),
      ],
      { start: "2016-05" },
    );
    // The wiki is known from 31 October, after the 16 October article: newer, but no more exact.
    expect(claimsAsOf(filming, withOct16, day(2016, 10, 30))).toMatchObject({
      actual: { start: null, end: "2016-10-08" },
    });
    expect(claimsAsOf(filming, withOct16, Infinity)).toMatchObject({
      actual: { start: "2016-04", end: "2016-10-08" },
    });
    // A later outcome that says otherwise is the newer word.
    const corrected = event(
      "corrected",
      [
        cite("may2"),
        cite("may11", { claim: { end: "2016-05-12" }, outcome: true }),
        cite("later", { claim: { end: "2016-05-20" }, outcome: true }),
      ],
      { start: "2016-05" },
    );
    expect(claimsAsOf(corrected, sources, Infinity)).toMatchObject({ actual: { end: "2016-05-20" } });
  });

  it("knows an announced outcome from its own day, not the page's ('returns tomorrow')", () => {
    const announced = event(
      "announced",
      [cite("may2"), cite("may11", { claim: { start: "2016-05-12" }, outcome: true })],
      {
        kind: "release",
        start: "2016-05",
      },
    );
    expect(claimsAsOf(announced, sources, day(2016, 5, 11))).toMatchObject({ actual: null });
    expect(claimsAsOf(announced, sources, day(2016, 5, 12))).toMatchObject({
      actual: { start: "2016-05-12" },
    });
  });
});

describe("claimsAsOf() of a window whose end is told by a later page", () => {
  // Filming: "starts June 2016" on 17 January; "wraps in September 2016" on 2 May (no start given);
  // "starts August 2016" on 11 May (no end given); the event's own fields, its newest report, on 3 April.
  const filming = event(
    "w",
    [
      cite("early", { claim: { start: "2016-06" } }),
      cite("may2", { claim: { end: "2016-09" } }),
      cite("may11", { claim: { start: "2016-10" } }),
      cite("later", {}),
    ],
    { kind: "filming", start: "2016-07", end: "2016-12" },
  );
  const on = (y: number, m: number, d: number) => claimsAsOf(filming, sources, day(y, m, d));

  it("keeps the start told before: the end alone says nothing of it", () => {
    expect(on(2016, 5, 2)).toMatchObject({ start: "2016-06", end: "2016-09" });
  });

  it("leaves no ghost of a report whose every date still stands, only of one that moved", () => {
    expect(on(2016, 5, 2)).toMatchObject({ superseded: [] });
  });

  it("takes the newest report's ends alone when the start moved past the end told before", () => {
    const state = on(2016, 5, 11);
    expect(state).toMatchObject({ start: "2016-10", end: null });
    expect(state.state === "reported" && state.superseded.map((c) => c.source.id)).toEqual(["early", "may2"]);
  });
});

describe("claimsAsOf()'s ghosts of dates made of several claims", () => {
  // 17 January: one page gives the start (February) and, in a second quote, the end (April); 2 May: March
  // to May; 11 May: the end alone, June.
  const made = event(
    "m",
    [
      cite("early", { claim: { start: "2016-02" } }),
      cite("early", { claim: { end: "2016-04" } }),
      cite("may2", { claim: { start: "2016-03", end: "2016-05" } }),
      cite("may11", { claim: { end: "2016-06" } }),
      cite("later", {}),
    ],
    { kind: "production", start: "2016-03", end: "2016-07" },
  );
  const on = (y: number, m: number, d: number) => claimsAsOf(made, sources, day(y, m, d));
  const ghosts = (state: ReturnType<typeof on>) =>
    state.state === "reported" ? state.superseded.map((c) => [c.start, c.end, c.source.id]) : [];

  it("gives a ghost the date the item stood at that day, both ends, credited to that day's page", () => {
    expect(ghosts(on(2016, 5, 2))).toEqual([["2016-02", "2016-04", "early"]]);
  });

  it("gives a ghost of each day's date, though the page that moved it gave one end only", () => {
    expect(on(2016, 5, 11)).toMatchObject({ start: "2016-03", end: "2016-06" });
    expect(ghosts(on(2016, 5, 11))).toEqual([
      ["2016-02", "2016-04", "early"],
      ["2016-03", "2016-05", "may2"],
    ]);
  });
});

describe("claimsAsOf() of an end no page had given yet", () => {
  // A tester's two-row sheet: Pub A, 1 February 2016, "filming starts in March" (no end); Pub C, 1 October
  // 2016, "wrapped in July", an outcome. The event's own end, July, is what happened: no page gave it before
  // October, so it is not the window's end on 1 February (its end not announced), nor credited to Pub A.
  const twoPages = [source("a", "2016-02-01"), source("c", "2016-10-01")];
  const filming = event(
    "f",
    [cite("a", { claim: { start: "2016-03" } }), cite("c", { claim: { end: "2016-07" }, outcome: true })],
    { kind: "filming", start: "2016-03", end: "2016-07" },
  );
  const sheet = dataset([filming], twoPages);
  const on = (y: number, m: number, d: number) => claimsAsOf(filming, sourceMap(twoPages), day(y, m, d));

  it("gives the start its page gave, and no end, from the day of its only prediction until the outcome", () => {
    expect(on(2016, 2, 1)).toMatchObject({ state: "reported", start: "2016-03", end: null, actual: null });
    expect(on(2016, 9, 30)).toMatchObject({ start: "2016-03", end: null, actual: null });
  });

  it("stands as its own fields say from the day of its newest report, the outcome", () => {
    expect(on(2016, 10, 1)).toMatchObject({ start: "2016-03", end: "2016-07", current: "own" });
    expect(claimsAsOf(filming, sourceMap(twoPages), Infinity)).toMatchObject({ end: "2016-07" });
  });

  it("leaves the end out of the dataset of the day, of the as-of view, and of what is saved as known then", () => {
    const asOf = datasetAsOf(sheet, day(2016, 2, 1)).events[0];
    expect(asOf).toMatchObject({ start: "2016-03" });
    expect(asOf).not.toHaveProperty("end");
    const view = asOfView(sheet, timelineItems(sheet))(day(2016, 2, 1));
    expect(view.dataset.events[0]).not.toHaveProperty("end");
    const saved = subsetDataset(datasetAsOf(sheet, day(2016, 2, 1)), new Set(["f"]), day(2016, 2, 1));
    expect(saved.events[0]).not.toHaveProperty("end");
    expect(datasetAsOf(sheet, day(2016, 10, 1)).events[0]).toBe(filming);
  });

  it("takes the event's own end once a page supporting its own date (no claim) is published", () => {
    const supported = event(
      "s",
      [
        cite("a", { claim: { start: "2016-03" } }),
        cite("b"),
        cite("c", { claim: { end: "2016-07" }, outcome: true }),
      ],
      { kind: "filming", start: "2016-03", end: "2016-07" },
    );
    const pages = sourceMap([...twoPages, source("b", "2016-04-01")]);
    expect(claimsAsOf(supported, pages, day(2016, 3, 1))).toMatchObject({ start: "2016-03", end: null });
    expect(claimsAsOf(supported, pages, day(2016, 4, 1))).toMatchObject({ start: "2016-03", end: "2016-07" });
  });

  it("gives an end its page gave, not the one the event's own fields took from a later outcome", () => {
    // Pub A said March to June; Pub C, an outcome of October, says it wrapped in July: the own end.
    const predicted = event(
      "p",
      [
        cite("a", { claim: { start: "2016-03", end: "2016-06" } }),
        cite("c", { claim: { end: "2016-07" }, outcome: true }),
      ],
      { kind: "filming", start: "2016-03", end: "2016-07" },
    );
    const pages = sourceMap(twoPages);
    expect(claimsAsOf(predicted, pages, day(2016, 2, 1))).toMatchObject({ start: "2016-03", end: "2016-06" });
    expect(claimsAsOf(predicted, pages, day(2016, 9, 30))).toMatchObject({ end: "2016-06", actual: null });
    expect(claimsAsOf(predicted, pages, day(2016, 10, 1))).toMatchObject({ end: "2016-07", current: "own" });
  });

  it("leaves out a start no page gave yet as it does an end: a window's end told alone", () => {
    const told = event(
      "t",
      [
        cite("a", { claim: { end: "2016-07" } }),
        cite("c", { claim: { start: "2016-03-14" }, outcome: true }),
      ],
      { kind: "filming", start: "2016-03-14", end: "2016-07" },
    );
    expect(claimsAsOf(told, sourceMap(twoPages), day(2016, 2, 1))).toMatchObject({
      start: null,
      end: "2016-07",
    });
  });

  it("takes each end as the newest page to give one gave it, never crossed: a start from one, an end from another", () => {
    // A (1 February) says March to June; B (1 April) says August; the outcome (1 October): August to
    // September, the own dates. As of April the window starts in August, its end not announced since.
    const pages = sourceMap([...twoPages, source("b", "2016-04-01")]);
    const moved = event(
      "m",
      [
        cite("a", { claim: { start: "2016-03", end: "2016-06" } }),
        cite("b", { claim: { start: "2016-08" } }),
        cite("c", { claim: { start: "2016-08", end: "2016-09" }, outcome: true }),
      ],
      { kind: "filming", start: "2016-08", end: "2016-09" },
    );
    expect(claimsAsOf(moved, pages, day(2016, 2, 1))).toMatchObject({ start: "2016-03", end: "2016-06" });
    expect(claimsAsOf(moved, pages, day(2016, 4, 1))).toMatchObject({ start: "2016-08", end: null });
    // A (1 February) says August; B (1 April) March to June: not August to June, which no page said.
    const crossed = event(
      "x",
      [
        cite("a", { claim: { start: "2016-08" } }),
        cite("b", { claim: { start: "2016-03", end: "2016-06" } }),
        cite("c", { claim: { start: "2016-08", end: "2016-09" }, outcome: true }),
      ],
      { kind: "filming", start: "2016-08", end: "2016-09" },
    );
    expect(claimsAsOf(crossed, pages, day(2016, 4, 1))).toMatchObject({ start: "2016-03", end: "2016-06" });
    // A (1 February) March to June, B (1 April) March to May; the outcome says June: May until October.
    const shortened = event(
      "s",
      [
        cite("a", { claim: { start: "2016-03", end: "2016-06" } }),
        cite("b", { claim: { start: "2016-03", end: "2016-05" } }),
        cite("c", { claim: { end: "2016-06" }, outcome: true }),
      ],
      { kind: "filming", start: "2016-03", end: "2016-06" },
    );
    expect(claimsAsOf(shortened, pages, day(2016, 4, 1))).toMatchObject({ start: "2016-03", end: "2016-05" });
    expect(claimsAsOf(shortened, pages, day(2016, 10, 1))).toMatchObject({ end: "2016-06", current: "own" });
  });

  it("saves a window's end told alone as its claim's, the file still valid: an event's end needs a start", () => {
    const told = event(
      "t",
      [
        cite("a", { claim: { end: "2016-07" } }),
        cite("c", { claim: { start: "2016-03-14" }, outcome: true }),
      ],
      { kind: "filming", start: "2016-03-14", end: "2016-07" },
    );
    const known = datasetAsOf(dataset([told], twoPages), day(2016, 2, 1));
    const saved = subsetDataset(known, new Set(["t"]), day(2016, 2, 1));
    const reopened = parseDataset(JSON.parse(JSON.stringify(saved)), { fastPath: false });
    expect(reopened.problems).toEqual([]);
    expect(reopened.dataset.events[0]).not.toHaveProperty("end");
    expect(reopened.dataset.events[0]?.citations[0]?.claim).toEqual({ end: "2016-07" });
    expect(reopened.dataset.events[0]?.note).toBe(
      "Saved as known on 1 February 2016: its end, 2016-07, was reported without a start; its quote's claim keeps it.",
    );
  });
});
