import { beforeAll, describe, expect, it } from "vitest";
import { loadEdtfGrammar } from "../../src/dates/edtfGrammar.ts";
import { isDrawableEdtf } from "../../src/dates/isDrawableEdtf.ts";
import { suggestEdtf } from "../../src/dates/suggestEdtf.ts";

beforeAll(loadEdtfGrammar);

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

describe("suggestEdtf(), dates as other hands and languages write them", () => {
  it.each([
    ["05/2016", "2016-05"],
    ["05.2016", "2016-05"],
    ["5/2016", "2016-05"],
    ["13. Mai 2016", "2016-05-13"],
    ["mai 2016", "2016-05"],
    ["März 2016", "2016-03"],
    ["févr. 2016", "2016-02"],
    ["1er mai 2016", "2016-05-01"],
    ["13 de mayo de 2016", "2016-05-13"],
    ["Friday, May 13, 2016", "2016-05-13"],
    ["Fri 13 May 2016", "2016-05-13"],
    ["Freitag, 13. Mai 2016", "2016-05-13"],
    ["2016年5月13日", "2016-05-13"],
    ["2016年5月", "2016-05"],
    ["2016년 5월 13일", "2016-05-13"],
  ])("reads %s as %s, a date the timeline draws", (typed, edtf) => {
    expect(isDrawableEdtf(typed)).toBe(false);
    expect(suggestEdtf(typed)).toBe(edtf);
    expect(isDrawableEdtf(edtf)).toBe(true);
  });

  it("reads no month where the numbers or the name could be two (13/2016, jui: juin or juillet)", () => {
    expect(suggestEdtf("13/2016")).toBeNull();
    // 21 is no month: 2016-21 would be spring.
    expect(suggestEdtf("21/2016")).toBeNull();
    expect(suggestEdtf("jui 2016")).toBeNull();
    expect(suggestEdtf("2016年2月30日")).toBeNull();
  });

  it("guesses nothing when the weekday is not the day's: the source is wrong about one of them", () => {
    // 14 May 2016 was a Saturday.
    expect(suggestEdtf("Friday, May 14, 2016")).toBeNull();
  });

  it('reads "Mar 11, 2016" as March, not as a French or Spanish Tuesday (mardi, martes) before a day', () => {
    expect(suggestEdtf("Mar 11, 2016")).toBe("2016-03-11");
  });
});
