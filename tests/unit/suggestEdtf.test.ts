import { describe, expect, it } from "vitest";
import { suggestEdtf } from "../../src/dates/suggestEdtf.ts";

describe("suggestEdtf()", () => {
  it.each([
    ["Sept 2016", "2016-09"],
    ["September 2016", "2016-09"],
    ["spring 2017", "2017-21"],
    ["Fall 2015", "2015-23"],
    ["Q4 2016", "2016-36"],
    ["May 11, 2016", "2016-05-11"],
    ["11 May 2016", "2016-05-11"],
    ["2016/05/11", "2016-05-11"],
    ["circa 2016", "2016~"],
    ["roughly 2016", "2016~"],
    ["approx. Sept 2016", "2016-09~"],
  ])("reads %s as %s", (typed, edtf) => {
    expect(suggestEdtf(typed)).toBe(edtf);
  });

  it("guesses nothing when unsure, or when the text is EDTF already", () => {
    expect(suggestEdtf("late 2016")).toBeNull();
    expect(suggestEdtf("banana 2016")).toBeNull();
    expect(suggestEdtf("2016-05")).toBeNull();
    expect(suggestEdtf("Feb 30, 2016")).toBeNull();
  });
});

describe("suggestEdtf(), words that only start like a month", () => {
  it('reads no month in "maybe 2016" or "market 2016"', () => {
    expect(suggestEdtf("maybe 2016")).toBeNull();
    expect(suggestEdtf("Marching 2016")).toBeNull();
    expect(suggestEdtf("Sep 2016")).toBe("2016-09");
  });
});
