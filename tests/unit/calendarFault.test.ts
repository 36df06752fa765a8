import { describe, expect, it } from "vitest";
import { calendarFault } from "../../src/dates/calendarFault.ts";

describe("calendarFault(): the part of a numbered date the calendar has not", () => {
  it.each([
    ["2016-13-01", "there is no month 13: the month comes before the day; if 13 is the day, try 2016-01-13"],
    ["2016-31-12", "there is no month 31: the month comes before the day; if 31 is the day, try 2016-12-31"],
    ["2016-31-04", "there is no month 31: the month comes before the day"],
    ["2016-00-05", "there is no month 00: months run from 01"],
    ["2016-02-30", "February 2016 has 29 days"],
    ["2017-02-29", "February 2017 has 28 days"],
    ["2016-04-31", "April 2016 has 30 days"],
    ["1900-02-29", "February 1900 has 28 days"],
    ["2016-05-00", "there is no day 00: days run from 01"],
    ["2016-13", "there is no month 13: write 01 to 12 (or 21 to 41 for a season, quarter or half)"],
    ["2016-00", "there is no month 00: write 01 to 12 (or 21 to 41 for a season, quarter or half)"],
    ["2016-42", "there is no month 42: write 01 to 12 (or 21 to 41 for a season, quarter or half)"],
  ])("%s: %s", (typed, fault) => {
    expect(calendarFault(typed)).toBe(fault);
  });

  // 0000 is a leap year in the proleptic calendar EDTF and Date count in (Date.UTC alone reads it as 1900).
  it.each([
    "0000-02-29",
    "2016-02-29",
    "2016-12-31",
    "2016-01",
    "2016-12",
    "2016-21",
    "2016-41",
    "2016",
    "Sept 2016",
  ])("finds no fault in %s", (typed) => {
    expect(calendarFault(typed)).toBeNull();
  });
});
