import { describe, expect, it } from "vitest";
import bundled from "../../public/data/timeline.json" with { type: "json" };
import type { Citation, TimelineEvent } from "../../src/data/schema.ts";
import { citationClaimWords, claimWords } from "../../src/model/claimWords.ts";

const filming = { kind: "filming" } as const;
const release = { kind: "release" } as const;
const order = [{ type: "after", event: "other" }] as const;

const said = (citation: Pick<Citation, "claim" | "outcome">, event: Pick<TimelineEvent, "kind"> = filming) =>
  citationClaimWords(citation, event);

describe("what one citation claimed, in words", () => {
  it("says nothing for a citation that only supports the event, or changes only the certainty", () => {
    expect(said({})).toBeNull();
    expect(said({ claim: { certainty: "reported" } })).toBeNull();
    expect(claimWords({}, filming)).toBeNull();
  });

  it("gives a claim's date, a window's both ends, and a null start as not announced", () => {
    expect(said({ claim: { start: "2017" } })).toBe("Said: 2017");
    expect(said({ claim: { start: "2016-04", end: "2016-10" } })).toBe(
      "Said: from April 2016 to October 2016",
    );
    expect(said({ claim: { start: null } })).toBe("Said: date not announced");
  });

  it("says an order-only claim gave an order, and a null start with an order both", () => {
    expect(said({ claim: { relations: [...order] } })).toBe("Said: gave an order");
    expect(said({ claim: { relations: [...order], certainty: "reported" } })).toBe("Said: gave an order");
    expect(said({ claim: { start: null, relations: [...order] } })).toBe(
      "Said: date not announced; gave an order",
    );
    expect(said({ claim: { start: "2016-10/..", relations: [...order] } })).toBe(
      "Said: October 2016 or later; gave an order",
    );
    // No relation left (a relation to an unknown event is left out): no order to speak of.
    expect(said({ claim: { relations: [] } })).toBeNull();
  });

  it("says an outcome that gives only an end as the panel's summary does: ended …", () => {
    expect(said({ claim: { end: "2016-10-08" }, outcome: true })).toBe("What happened: ended 8 October 2016");
    expect(said({ claim: { start: null, end: "2017-09" }, outcome: true })).toBe(
      "What happened: ended September 2017",
    );
    expect(said({ claim: { start: "2017-08-18" }, outcome: true }, release)).toBe(
      "What happened: 18 August 2017",
    );
    expect(said({ claim: { start: "2016-04", end: "2016-10" }, outcome: true })).toBe(
      "What happened: from April 2016 to October 2016",
    );
  });

  it("says a prediction of an end alone as one, not as a date not announced", () => {
    expect(said({ claim: { end: "2016-10" } })).toBe("Said: ends October 2016");
    expect(said({ claim: { start: null, end: "2016-10" } })).toBe(
      "Said: start not announced, ends October 2016",
    );
  });

  it("never says 'date not announced' of a bundled claim that gives an order or an end", () => {
    const events = bundled.events as unknown as TimelineEvent[];
    const wrong = events.flatMap((event) =>
      event.citations
        .filter((c) => c.claim && (c.claim.relations?.length || c.claim.end != null))
        .map((c) => ({ event: event.id, source: c.source, words: said(c, event) }))
        .filter(({ words }) => words === null || /^(Said|What happened): date not announced$/.test(words)),
    );
    expect(wrong).toEqual([]);
  });
});
