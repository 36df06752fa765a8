import { describe, expect, it } from "vitest";
import { isoWeekDays } from "../../src/dates/isoWeekDays.ts";

describe("isoWeekDays(): an ISO week's Monday and Sunday", () => {
  it.each([
    [2016, 20, ["2016-05-16", "2016-05-22"]],
    [2016, 1, ["2016-01-04", "2016-01-10"]],
    [2015, 53, ["2015-12-28", "2016-01-03"]],
    [2020, 1, ["2019-12-30", "2020-01-05"]],
  ])("gives week %i of %i as the days it runs", (year, week, days) => {
    expect(isoWeekDays(year, week)).toEqual(days);
  });

  it("has no week 0, nor a week 53 in a year of 52", () => {
    expect(isoWeekDays(2016, 0)).toBeNull();
    expect(isoWeekDays(2016, 53)).toBeNull();
  });
});
