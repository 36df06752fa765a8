import { describe, expect, it } from "vitest";
import { dateWords } from "../../src/dates/dateWords.ts";
import { eventDateWords } from "../../src/model/eventDateWords.ts";

describe("dateWords()", () => {
  it.each([
    ["2016-09-30", "30 September 2016"],
    ["2016-05", "May 2016"],
    ["2017", "2017"],
    ["2016-05~", "May 2016, approximately"],
    ["2016-05?", "May 2016, uncertain"],
    ["2016-05%", "May 2016, approximately and uncertain"],
    ["2016-36", "late 2016"],
    ["2016-33", "early 2016"],
    ["2016-34", "April–June 2016"],
    ["2016-41", "the second half of 2016"],
    ["2015-23", "autumn 2015"],
    ["2016-10~/2016-12~", "late 2016, approximately"],
    ["2016-10/2017-03", "October 2016 – March 2017"],
    ["2016-01-17/2016-05-11", "17 January – 11 May 2016"],
    ["2017/..", "2017 or later"],
    ["../2016-05-11", "by 11 May 2016"],
    ["[..2016-05-11]", "on or before 11 May 2016"],
    ["201X", "2010–2019"],
    ["[2016..2018]", "one of 2016 – 2018"],
    ["[2015, 2017..2018]", "one of 2015 or 2017 – 2018"],
    ["{2016-01..2016-03, 2017}", "early 2016 and 2017"],
    ["0000", "1 BCE"],
  ])("says %s as %s", (value, words) => {
    expect(dateWords(value)).toBe(words);
  });
});

describe("eventDateWords()", () => {
  it("says a window from its start to its end", () => {
    expect(eventDateWords({ start: "2016-10~/2016-12~", end: "2017-03" })).toBe(
      "from late 2016, approximately, to March 2017",
    );
  });

  it("says a milestone as its one date", () => {
    expect(eventDateWords({ start: "2016-09-30" })).toBe("30 September 2016");
  });

  it("says an event with no start is not announced", () => {
    expect(eventDateWords({ start: null })).toBe("date not announced");
    expect(eventDateWords({})).toBe("date not announced");
  });

  it("says an end told alone, and an open end, without 'to by'", () => {
    expect(eventDateWords({ start: null, end: "2016-09" })).toBe(
      "start not announced, ending September 2016",
    );
    expect(eventDateWords({ start: null, end: "../2016-12" })).toBe(
      "start not announced, ending by December 2016",
    );
    expect(eventDateWords({ start: "2016", end: "../2016-12" })).toBe("from 2016, ending by December 2016");
  });
});
