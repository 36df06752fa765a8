import { describe, expect, it } from "vitest";
import { spreadsheetDate } from "../../src/data/spreadsheetDate.ts";

describe("A day as a spreadsheet rewrote it", () => {
  it.each([
    ["5/13/2016", "2016-05-13"], // US: the 13 can only be the day
    ["13/05/2016", "2016-05-13"], // UK
    ["11.05.2016", "2016-05-11"], // dots: day first wherever they are written
    ["1.2.2017", "2017-02-01"],
    ["7/7/2016", "2016-07-07"], // both ways the same day
    ["29/02/2016", "2016-02-29"],
  ])("reads %s as %s, the one day it can be", (cell, iso) => {
    expect(spreadsheetDate(cell)).toEqual({ kind: "day", iso, year: { kind: "full" } });
  });

  it.each([
    ["5/11/2016", "2016-11-05", "2016-05-11"],
    ["11/05/2016", "2016-05-11", "2016-11-05"],
    ["11-05-2016", "2016-05-11", "2016-11-05"],
  ])("does not guess between the two days %s can be", (cell, dayFirst, monthFirst) => {
    expect(spreadsheetDate(cell)).toEqual({ kind: "either", dayFirst, monthFirst, year: { kind: "full" } });
  });

  it.each([
    ["5/13/16", "2016-05-13", "16", 2016, 1916], // Excel's short date format (US)
    ["13.05.16", "2016-05-13", "16", 2016, 1916], // and in much of Europe
    ["1/31/29", "2029-01-31", "29", 2029, 1929], // the last year Excel reads as 20xx
    ["31/1/30", "1930-01-31", "30", 1930, 2030], // the first it reads as 19xx
    ["29/02/00", "2000-02-29", "00", 2000, 1900],
  ])(
    "reads %s, a two-digit year, as %s, saying the century was taken as Excel takes it",
    (cell, iso, digits, assumed, other) => {
      expect(spreadsheetDate(cell)).toEqual({
        kind: "day",
        iso,
        year: { kind: "two digits", digits, assumed, other },
      });
    },
  );

  it.each([
    ["Sep-16", "2016-09", { kind: "two digits", digits: "16", assumed: 2016, other: 1916 }], // Excel's mmm-yy
    ["sept-2016", "2016-09", { kind: "full" }],
    ["Dec-99", "1999-12", { kind: "two digits", digits: "99", assumed: 1999, other: 2099 }],
  ])("reads %s as the month %s, as Excel shows a month typed 2016-09", (cell, iso, year) => {
    expect(spreadsheetDate(cell)).toEqual({ kind: "month", iso, year });
  });

  it.each([
    ["5/13/2016 0:00", "2016-05-13"],
    ["13.05.2016 00:00:00", "2016-05-13"],
    ["2016-05-13 00:00:00", "2016-05-13"],
  ])("reads %s, a date cell with its time of midnight, as the day %s", (cell, iso) => {
    expect(spreadsheetDate(cell)).toEqual({ kind: "day", iso, year: { kind: "full" } });
  });

  it("does not guess between the two days a two-digit year's 5/11/16 can be", () => {
    expect(spreadsheetDate("5/11/16")).toEqual({
      kind: "either",
      dayFirst: "2016-11-05",
      monthFirst: "2016-05-11",
      year: { kind: "two digits", digits: "16", assumed: 2016, other: 1916 },
    });
  });

  it.each([
    "2016-05-11",
    "May 2016",
    "13/13/2016",
    "31/04/2016",
    "29.02.2017",
    "29.02.17",
    "5/11/016",
    "5/11/6",
    "5/11.2016",
    "Sep 2016",
    "September 2016",
    "Foo-16",
    "2016-05-13",
    "2016-05-13 12:30",
    "5/13/2016 9:15",
  ])("is null for %s, which is not a spreadsheet's day", (cell) => {
    expect(spreadsheetDate(cell)).toBeNull();
  });
});

describe("A day or year as a number column writes it", () => {
  it("reads a count of days as the day a spreadsheet stores (42614 is 1 September 2016)", () => {
    expect(spreadsheetDate("42614")).toEqual({ kind: "serial", iso: "2016-09-01", serial: "42614" });
    expect(spreadsheetDate("42501.0")).toEqual({ kind: "serial", iso: "2016-05-11", serial: "42501" });
  });

  it("reads 2016.0 as the year 2016", () => {
    expect(spreadsheetDate("2016.0")).toEqual({ kind: "number", year: "2016" });
  });

  it.each(["12345", "99999", "2016", "201605"])("is null for %s, no day of the years it could be", (cell) => {
    expect(spreadsheetDate(cell)).toBeNull();
  });
});
