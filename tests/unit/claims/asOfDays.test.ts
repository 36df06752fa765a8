import { describe, expect, it } from "vitest";
import { asOfDays } from "../../../src/model/asOfDays.ts";
import { cite, dataset, day, event, source } from "./build.ts";

describe("asOfDays()", () => {
  it("steps through the report days from the first prediction on, and starts on the newest", () => {
    const sources = [source("a", "2016-01-17"), source("b", "2016-05-02"), source("c", "2015-03-01")];
    // "c" reports only outcomes: not a prediction, so the days start at "a". An outcome is a day of its
    // own once its event is shown (30 September), and shown with its event when known before (2 May).
    const data = dataset(
      [
        event("one", [cite("a"), cite("b")]),
        event("two", [cite("a"), cite("c", { outcome: true, claim: { start: "2016-09-30" } })]),
        event("three", [cite("b"), cite("c", { outcome: true, claim: { start: "2015-03-01" } })]),
      ],
      sources,
    );
    expect(asOfDays(data)).toEqual({
      days: [day(2016, 1, 17), day(2016, 5, 2), day(2016, 9, 30)],
      standard: day(2016, 5, 2),
    });
  });

  it("has no day for an outcome of an event not yet reported: Next report would show nothing new", () => {
    const sources = [source("a", "2016-01-17"), source("b", "2016-05-02"), source("c", "2016-03-17")];
    const data = dataset(
      [
        event("one", [cite("a")]),
        // Known 18 March, but its event is first reported on 2 May.
        event("two", [cite("b"), cite("c", { outcome: true, claim: { start: "2016-03-18" } })]),
      ],
      sources,
    );
    expect(asOfDays(data).days).toEqual([day(2016, 1, 17), day(2016, 5, 2)]);
  });

  it("reads 200,000 dated sources without running out of stack", () => {
    const sources = Array.from({ length: 200_000 }, (_, i) =>
      source(`s${i}`, `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`),
    );
    const events = Array.from({ length: 2_000 }, (_, i) =>
      event(
        `e${i}`,
        Array.from({ length: 100 }, (_, j) => cite(`s${i * 100 + j}`)),
      ),
    );
    const days = asOfDays(dataset(events, sources));
    expect(days.days[0]).toBe(day(2010, 1, 10));
    expect(days.standard).toBe(day(2019, 9, 19));
  });
});
