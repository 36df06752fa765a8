import { describe, expect, it } from "vitest";
import { asOfDays } from "../../../src/model/asOfDays.ts";
import { cite, dataset, day, event, source } from "./build.ts";

describe("asOfDays()", () => {
  it("steps through the report days from the first prediction on, and starts on the newest", () => {
    const sources = [source("a", "2016-01-17"), source("b", "2016-05-02"), source("c", "2015-03-01")];
    // "c" reports only an outcome: not a prediction, so the days start at "a"; the outcome counts from the day
    // it reports.
    const data = dataset(
      [
        event("one", [cite("a"), cite("b")]),
        event("two", [cite("c", { outcome: true, claim: { start: "2016-09-30" } })]),
      ],
      sources,
    );
    expect(asOfDays(data)).toEqual({
      days: [day(2016, 1, 17), day(2016, 5, 2), day(2016, 9, 30)],
      standard: day(2016, 5, 2),
    });
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
