import { describe, expect, it } from "vitest";
import type { Citation } from "../../../src/data/schema.ts";
import { scoreClaims, scoreSummary, scoreWords } from "../../../src/model/scoreClaims.ts";
import { claimsAsOf } from "../../../src/model/claimsAsOf.ts";
import { cite, dataset, event, source, sourceMap, SOURCES } from "./build.ts";

const happened = (start: string): Citation => cite("later", { claim: { start }, outcome: true });

/** The one score of a release predicted as `predicted` (on `told`'s page) that premiered on `actual`. */
function scoreOf(predicted: string, actual: string, told = "may2") {
  const rows = scoreClaims(
    dataset([
      event("r", [cite(told, { claim: { start: predicted } }), happened(actual)], { kind: "release" }),
    ]),
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.score;
}

describe("scoreClaims()", () => {
  it("scores an outcome inside the reported window as a hit", () => {
    expect(scoreOf("2017", "2017-03-17")).toMatchObject({ type: "window", verdict: "inside", missDays: 0 });
  });

  it("counts the days an outcome came before the window", () => {
    expect(scoreOf("2016-05", "2016-04-20", "early")).toMatchObject({ verdict: "early", missDays: -11 });
  });

  it("says a miss against an outcome known only to its month is at least so many days", () => {
    // Reported for October 2016; it premiered in March 2017: 121 days after 31 October if on 1 March.
    const score = scoreOf("2016-10", "2017-03");
    expect(score).toMatchObject({ verdict: "late", missDays: 121, atLeast: true });
    expect(scoreWords(score)).toBe("at least 121 days late");
    expect(scoreWords(scoreOf("2016-10", "2017-03-01"))).toBe("121 days late");
  });

  it("does not score a claim published after it happened as a prediction, and says how the report turned out", () => {
    // Player.One, 2 May 2016: "just started filming this month"; it had started on 20 April.
    expect(scoreOf("2016-05", "2016-04-20")).toEqual({
      type: "unscorable",
      reason: "published after it happened, a report and not a prediction (as it turned out: 11 days early)",
      field: "start",
      // What happened, for the scorecard to say.
      outcome: expect.objectContaining({ start: "2016-04-20", outcome: true }),
    });
    expect(scoreOf("2016-05-02", "2016-05-02")).toEqual({
      type: "unscorable",
      reason:
        "published the day it happened, a report and not a prediction (as it turned out: inside the reported window)",
      field: "start",
      outcome: expect.objectContaining({ start: "2016-05-02" }),
    });
    // The outcome gives only the month: the page of 2 May may or may not have come first.
    expect(scoreOf("2016-06", "2016-05")).toMatchObject({
      type: "unscorable",
      reason: expect.stringMatching(/^published when it may already have happened, .*1 day early\)$/),
    });
    // A page that prints no date cannot be placed before anything.
    expect(scoreOf("2017", "2017-04-03", "undated")).toEqual({
      type: "unscorable",
      reason:
        "its page prints no date: not known to be a prediction (as it turned out: inside the reported window)",
      field: "start",
      outcome: expect.objectContaining({ start: "2017-04-03" }),
    });
    // The day before: a prediction.
    expect(scoreOf("2016-05", "2016-05-03")).toMatchObject({ type: "window", verdict: "inside" });
  });

  it("scores a window's end as a prediction when its page came after the start and before the end", () => {
    const rows = scoreClaims(
      dataset([
        event("f", [
          cite("may2", { claim: { start: "2016-04", end: "2016-10" } }),
          cite("later", { claim: { start: "2016-04-20", end: "2016-11-04" }, outcome: true }),
        ]),
      ]),
    );
    expect(rows.map((r) => (r.score.type === "unscorable" ? r.score.reason : r.score.verdict))).toEqual([
      "published after it happened, a report and not a prediction (as it turned out: inside the reported window)",
      "late",
    ]);
  });

  it("does not call a precise prediction inside an outcome known only to its month: it cannot tell", () => {
    const rows = scoreClaims(
      dataset([event("r", [cite("may2", { claim: { start: "2017-03-20" } }), happened("2017-03")])]),
    );
    expect(rows.map((r) => r.score)).toEqual([
      {
        type: "unscorable",
        reason: "the outcome's date is too coarse to tell whether it fell inside",
        field: "start",
        outcome: expect.objectContaining({ start: "2017-03" }),
      },
    ]);
    // Known to the day, it tells.
    const told = scoreClaims(
      dataset([event("r", [cite("may2", { claim: { start: "2017-03" } }), happened("2017-03-20")])]),
    );
    expect(told.map((r) => r.score.type === "window" && r.score.verdict)).toEqual(["inside"]);
  });

  it("counts two quotes of one page that claim the same once", () => {
    const rows = scoreClaims(
      dataset([
        event("r", [
          cite("may2", { claim: { start: "2017" } }),
          cite("may2", { quote: "Another sentence.", claim: { start: "2017" } }),
          cite("may2", { quote: "A third.", claim: { start: "2017-03" } }),
          happened("2017-03-17"),
        ]),
      ]),
    );
    expect(rows.map((r) => (r.score.type === "unscorable" ? r.score.reason : r.score.verdict))).toEqual([
      "inside",
      "the same claim as another quote of this page: counted once",
      "inside",
    ]);
    // Counted once, as the claim it repeats: not also among the publisher's unscored.
    expect(scoreSummary(rows, "publisher")).toEqual([
      expect.objectContaining({ inside: 2, missed: 0, unscorable: 0 }),
    ]);
  });

  it("does not score an order told once one of the two had happened", () => {
    const first = event("first", [cite("may2"), happened("2016-04-20")], { kind: "release", start: null });
    const second = event(
      "second",
      [cite("may2", { claim: { relations: [{ type: "after", event: "first" }] } }), happened("2017-11-17")],
      { kind: "release" },
    );
    const [row] = scoreClaims(dataset([first, second])).filter((r) => r.event.id === "second");
    expect(row?.score).toEqual({
      type: "unscorable",
      reason:
        "order claim: published after it happened, a report and not a prediction (as it turned out: right order)",
      // What happened to each, as a scored order keeps them: the scorecard says both.
      outcome: expect.objectContaining({ start: "2017-11-17", outcome: true }),
      other: expect.objectContaining({ start: "2016-04-20", outcome: true }),
    });
  });

  it("counts the days an outcome came after the window", () => {
    expect(scoreOf("2016-09-30", "2016-10-02")).toMatchObject({ verdict: "late", missDays: 2 });
  });

  it("can only miss an open-ended window early", () => {
    expect(scoreOf("2017/..", "2018-03-08")).toMatchObject({ verdict: "inside", openEnded: true });
    expect(scoreOf("2017/..", "2016-12-31")).toMatchObject({
      verdict: "early",
      missDays: -1,
      openEnded: true,
    });
  });

  it("reads seasons as meteorological: spring 2017 holds 17 March and not 1 June", () => {
    expect(scoreOf("2017-21", "2017-03-17")).toMatchObject({ verdict: "inside" });
    expect(scoreOf("2017-21", "2017-06-01")).toMatchObject({ verdict: "late", missDays: 1 });
  });

  it("scores an order-only claim as right or wrong order", () => {
    const first = event("first", [cite("may2"), happened("2017-08-18")], { kind: "release", start: null });
    const claimed = (type: "after" | "before") =>
      event(
        "second",
        [cite("may2", { claim: { relations: [{ type, event: "first" }] } }), happened("2017-11-17")],
        {
          kind: "release",
        },
      );
    const [right] = scoreClaims(dataset([first, claimed("after")])).filter((r) => r.event.id === "second");
    const [wrong] = scoreClaims(dataset([first, claimed("before")])).filter((r) => r.event.id === "second");
    expect(right?.score).toMatchObject({ type: "order", verdict: "right" });
    expect(wrong?.score).toMatchObject({ type: "order", verdict: "wrong" });
  });

  it("scores neither order right nor wrong when both happened on one day, or one's month holds the other's day, and says so", () => {
    const first = event("first", [cite("may2"), happened("2017-08-18")], { kind: "release", start: null });
    const claimed = (type: "after" | "before", actual: string) =>
      event(
        "second",
        [cite("may2", { claim: { relations: [{ type, event: "first" }] } }), happened(actual)],
        {
          kind: "release",
        },
      );
    for (const actual of ["2017-08-18", "2017-08"])
      for (const type of ["after", "before"] as const) {
        const [row] = scoreClaims(dataset([first, claimed(type, actual)])).filter(
          (r) => r.event.id === "second",
        );
        expect(row?.score).toEqual({
          type: "unscorable",
          reason: "order claim: the outcomes' dates do not tell which came first",
          outcome: expect.objectContaining({ start: actual }),
          other: expect.objectContaining({ outcome: true }),
        });
      }
  });

  it("scores against the outcome the timeline shows: not a vaguer one told later than a precise one", () => {
    // Premiered 8 October 2016, a dated page said; an undated wiki, known from the month's end, says October.
    const events = [
      event(
        "r",
        [
          cite("early", { claim: { start: "2016-10-20" } }),
          cite("oct8", { claim: { start: "2016-10-08" }, outcome: true }),
          cite("undated", { claim: { start: "2016-10" }, outcome: true }),
        ],
        { kind: "release", start: "2016-10-20" },
      ),
    ];
    const data = dataset(events, [...SOURCES, source("oct8", "2016-10-08")]);
    const [row] = scoreClaims(data);
    expect(row?.score).toMatchObject({
      type: "window",
      verdict: "early",
      missDays: -12,
      actual: "2016-10-08",
    });
    const timeline = claimsAsOf(events[0]!, sourceMap(data.sources), Infinity);
    expect(timeline.state === "reported" && timeline.actual?.start).toBe("2016-10-08");
  });

  it("scores back-to-back as right when it started after the other, and not at all when the dates cannot tell", () => {
    const first = event("first", [cite("may2"), happened("2017-03-17")], { kind: "filming", start: null });
    const backToBack = (actual: string) =>
      event(
        "second",
        [
          cite("may2", { claim: { relations: [{ type: "back-to-back", event: "first" }] } }),
          happened(actual),
        ],
        { kind: "filming" },
      );
    const scoreFor = (actual: string) =>
      scoreClaims(dataset([first, backToBack(actual)])).find((r) => r.event.id === "second")?.score;
    expect(scoreFor("2017-07-01")).toMatchObject({ type: "order", verdict: "right" });
    expect(scoreFor("2017-01-09")).toMatchObject({ type: "order", verdict: "wrong" });
    for (const actual of ["2017", "2017-03", "2017-03-17"])
      expect(scoreFor(actual), actual).toEqual({
        type: "unscorable",
        reason: "order claim: the outcomes' dates do not tell which came first",
        outcome: expect.objectContaining({ start: actual }),
        other: expect.objectContaining({ outcome: true }),
      });
  });

  it("says plainly what it cannot score", () => {
    const rows = scoreClaims(
      dataset([
        event("no-outcome", [cite("may2", { claim: { start: "2017" } })]),
        event("undated", [cite("may2", { claim: { start: null } }), happened("2017-01-01")]),
      ]),
    );
    expect(rows.map((r) => r.score)).toEqual([
      { type: "unscorable", reason: "no outcome is recorded for this event" },
      { type: "unscorable", reason: "gives no date and no order" },
    ]);
  });

  it("sums up per publisher and per kind", () => {
    const rows = scoreClaims(
      dataset([
        event("a", [
          cite("may2", { claim: { start: "2017" } }),
          cite("may11", { claim: { start: "2016-05" } }),
          happened("2017-04-03"),
        ]),
      ]),
    );
    // In a reader's order: "may2" before "may11".
    expect(scoreSummary(rows, "publisher")).toEqual([
      {
        key: "Publisher may2",
        inside: 1,
        missed: 0,
        medianMissDays: null,
        medianAtLeast: false,
        rightOrder: 0,
        wrongOrder: 0,
        unscorable: 0,
      },
      {
        key: "Publisher may11",
        inside: 0,
        missed: 1,
        medianMissDays: 307,
        medianAtLeast: false,
        rightOrder: 0,
        wrongOrder: 0,
        unscorable: 0,
      },
    ]);
    expect(scoreSummary(rows, "kind")).toMatchObject([{ key: "production", inside: 1, missed: 1 }]);
  });

  it("says a median of misses at least so many days is at least that", () => {
    const rows = (outcome: string) =>
      scoreClaims(dataset([event("a", [cite("may2", { claim: { start: "2016-10" } }), happened(outcome)])]));
    expect(scoreSummary(rows("2017-03"), "kind")).toMatchObject([
      { medianMissDays: 121, medianAtLeast: true },
    ]);
    expect(scoreSummary(rows("2017-03-01"), "kind")).toMatchObject([
      { medianMissDays: 121, medianAtLeast: false },
    ]);
  });
});
