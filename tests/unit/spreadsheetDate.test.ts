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
    expect(spreadsheetDate(cell)).toEqual({ kind: "day", iso });
  });

  it.each([
    ["5/11/2016", "2016-11-05", "2016-05-11"],
    ["11/05/2016", "2016-05-11", "2016-11-05"],
    ["11-05-2016", "2016-05-11", "2016-11-05"],
  ])("does not guess between the two days %s can be", (cell, dayFirst, monthFirst) => {
    expect(spreadsheetDate(cell)).toEqual({ kind: "either", dayFirst, monthFirst });
  });

  it.each(["2016-05-11", "May 2016", "13/13/2016", "31/04/2016", "29.02.2017", "5/11/16", "5/11.2016"])(
    "is null for %s, which is not a spreadsheet's day",
    (cell) => {
      expect(spreadsheetDate(cell)).toBeNull();
    },
  );
});
