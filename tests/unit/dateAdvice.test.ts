import { beforeAll, describe, expect, it } from "vitest";
import { dateAdvice } from "../../src/dates/dateAdvice.ts";
import { loadEdtfGrammar } from "../../src/dates/edtfGrammar.ts";
import { isDrawableEdtf } from "../../src/dates/isDrawableEdtf.ts";

beforeAll(loadEdtfGrammar);

describe("dateAdvice(): what to write for a date that is not EDTF", () => {
  it.each([
    ["2016-Q3", "try 2016-35"],
    ["Q3 2016", "try 2016-35"],
    ["2016Q4", "try 2016-36"],
    ["H2 2016", "try 2016-41"],
    ["first half of 2017", "try 2017-40"],
    ["summer 2016", "try 2016-22"],
    ["Sept 2016", "try 2016-09"],
    ["c. 2016", "try 2016~"],
    ["2016 approx.", 'try 2016~ (~ is EDTF\'s "about")'],
    ["2016 (?)", "try 2016? (? marks a date the source is unsure of)"],
    ["maybe 2016", "try 2016? (? marks a date the source is unsure of)"],
    ["2016 or 2017", "try [2016,2017] (one of the two)"],
    ["the 2010s", "try 201X"],
  ])("%s has one EDTF spelling: %s", (typed, advice) => {
    expect(dateAdvice(typed)).toBe(advice);
  });

  it.each([
    ["2016-09-30T23:30:00-05:00", "2016-09-30"],
    ["2016-09-30T00:30:00+02:00", "2016-09-30"],
    ["2016-09-30T00:00:00", "2016-09-30"],
    ["2016-09-30T12Z", "2016-09-30"],
  ])("%s, a day with a time, is refused with the day as written: %s", (typed, day) => {
    expect(isDrawableEdtf(typed)).toBe(false);
    expect(dateAdvice(typed)).toBe(`try ${day} (the day as written: the timeline has no times of day)`);
  });

  it("says which part of a numbered date the calendar has not, after any range it reads as", () => {
    expect(dateAdvice("2016-13-01")).toBe(
      "there is no month 13: the month comes before the day; if 13 is the day, try 2016-01-13",
    );
    expect(dateAdvice("2016-02-30")).toBe("February 2016 has 29 days");
    expect(dateAdvice("2016-17")).toMatch(/^try 2016\/2017 /);
  });

  it("reads a day written as one number, as some sheets export it, when the calendar has that day", () => {
    expect(dateAdvice("20160930")).toBe("try 2016-09-30 (a day is written with hyphens)");
    expect(dateAdvice("20161330")).toBeNull();
    expect(dateAdvice("2016093")).toBeNull();
  });

  it('advises each word for "about" alike: "roughly 2016" as "circa 2016"', () => {
    for (const words of ["circa 2016", "approx. 2016", "approximately 2016", "roughly 2016", "around 2016"])
      expect(dateAdvice(words)).toBe("try 2016~");
  });

  it("keeps the doubt on a season or quarter as its months, since EDTF cannot mark the code itself", () => {
    expect(dateAdvice("c. summer 2016")).toMatch(/^try 2016-06~\/2016-08~ \(~ is EDTF's "about": a season/);
    expect(dateAdvice("winter 2016?")).toMatch(/^try 2016-12\?\/2017-02\? /);
    expect(dateAdvice("about Q4 2016")).toMatch(/^try 2016-10~\/2016-12~ /);
  });

  it("reads a range as one time within it, and says how to write a window that runs over it", () => {
    const years =
      "try 2016/2017 (one time from 2016 to 2017); for a window that runs from 2016 to 2017, write 2016 " +
      "as its start and 2017 as its end";
    expect(dateAdvice("2016-2017")).toBe(years);
    expect(dateAdvice("2016-17")).toBe(years);
    expect(dateAdvice("2016 – 2017")).toBe(years);
    expect(dateAdvice("Sept-Dec 2016")).toMatch(/^try 2016-09\/2016-12 /);
    expect(dateAdvice("September to December 2016")).toMatch(/^try 2016-09\/2016-12 /);
    expect(dateAdvice("2017-2016")).toBeNull();
  });

  it('says plainly that "late 2016" has no EDTF, writes only what the source says, and names a narrower one a guess', () => {
    expect(dateAdvice("late 2016")).toBe(
      'EDTF has no word for "late": write 2016, which says what the source says and no more (keep its ' +
        'words in the note); 2016-09/2016-12 would be a guess at what "late" means, not what the source says',
    );
    expect(dateAdvice("early 2017")).toContain("write 2017, which says what the source says and no more");
    expect(dateAdvice("mid-2016")).toContain("2016-05/2016-08 would be a guess");
    expect(dateAdvice("end of 2016")).toContain('EDTF has no word for "end of": write 2016');
    // A month is as narrow as the source went: no guess at its days.
    expect(dateAdvice("late Sept 2016")).toBe(
      'EDTF has no word for "late": write 2016-09, which says what the source says and no more (keep its ' +
        "words in the note)",
    );
  });

  it("says an interval written the wrong way round ends before it starts, and gives it the right way", () => {
    expect(dateAdvice("2016-05-01/2016-04-01")).toBe(
      "it ends (2016-04-01) before it starts (2016-05-01): try 2016-04-01/2016-05-01",
    );
    expect(dateAdvice("2017/2016-10~")).toBe("it ends (2016-10~) before it starts (2017): try 2016-10~/2017");
    // The right way round is EDTF already: nothing to advise.
    expect(dateAdvice("2016-04-01/2016-05-01")).toBeNull();
  });

  it("guesses nothing for words it does not know as a date", () => {
    expect(dateAdvice("banana")).toBeNull();
    expect(dateAdvice("market 2016")).toBeNull();
  });

  it("reads a year written short with a spreadsheet's century, and says so", () => {
    expect(dateAdvice("Fall '16")).toBe("try 2016-23 (reading '16 as 2016)");
    expect(dateAdvice("May ’16")).toBe("try 2016-05 (reading ’16 as 2016)");
    // The century as a spreadsheet takes it: '99 is 1999.
    expect(dateAdvice("Fall '99")).toBe("try 1999-23 (reading '99 as 1999)");
    expect(dateAdvice("'16")).toBe("try 2016 (reading '16 as 2016)");
  });

  it("gives a DATE formula's day, and says any other formula is its text, not a date", () => {
    expect(dateAdvice("=DATE(2016;5;1)")).toBe(
      "try 2016-05-01 (the formula's day: a file holds a formula's text, not its value)",
    );
    expect(dateAdvice("=DATE(2016,13,1)")).toBe(
      "a formula's text, not a date (a file holds a formula's text, not its value): write the date itself",
    );
    expect(dateAdvice("=TODAY()")).toMatch(/^a formula's text, not a date/);
  });

  it("gives the date an interval from it to itself means, which EDTF refuses", () => {
    expect(dateAdvice("2016-05-10/2016-05-10")).toBe("an interval from 2016-05-10 to itself: try 2016-05-10");
    expect(dateAdvice("2016-05/2016-05")).toBe("an interval from 2016-05 to itself: try 2016-05");
  });

  it("reads two dots between two dates as a range, and full-width digits as the date they spell", () => {
    expect(dateAdvice("2016-12-24..2016-12-31")).toMatch(/^try 2016-12-24\/2016-12-31 \(one time from/);
    expect(dateAdvice("２０１６-05-01")).toBe(
      "try 2016-05-01 (in plain characters: ２０１６-05-01 has full-width or other special forms of them)",
    );
    expect(dateAdvice("Summer ２０１６")).toMatch(/^try 2016-22 \(in plain characters/);
    // Its plain form is still no date the timeline takes (a time of day): the advice for that form.
    expect(dateAdvice("２０１６-09-30T23:30:00Z")).toMatch(/^try 2016-09-30 \(the day as written/);
  });

  it("says a date not known yet is written unknown in a sheet, null in JSON", () => {
    for (const words of ["TBA", "TBD", "tbc", "To be announced", "unknown", "N/A", "-", "—", "?", "??"])
      expect(dateAdvice(words)).toBe(
        "no date is known yet: write unknown in a sheet's cell, null in JSON (an event with no start is listed as date not announced)",
      );
  });

  it.each([
    ["2016-36~", "2016-10~/2016-12~"],
    ["2016-22~", "2016-06~/2016-08~"],
    ["2016-24~", "2016-12~/2017-02~"],
    ["2016-33~", "2016-01~/2016-03~"],
    ["2016-40~", "2016-01~/2016-06~"],
    ["2016-Q4~", "2016-10~/2016-12~"],
  ])(
    "gives %s, a season or quarter marked about, as its months marked so, as the format's doc says: %s",
    (typed, edtf) => {
      expect(isDrawableEdtf(typed)).toBe(false);
      expect(dateAdvice(typed)).toBe(
        `try ${edtf} (~ is EDTF's "about": a season or quarter cannot take it, so its first and last months do)`,
      );
      expect(isDrawableEdtf(edtf)).toBe(true);
    },
  );

  it("gives a season marked % (about and unsure) as its months marked so", () => {
    expect(isDrawableEdtf("2016-21%")).toBe(false);
    expect(dateAdvice("2016-21%")).toBe(
      "try 2016-03%/2016-05% (% marks a date both about (~) and unsure (?): a season or quarter cannot take " +
        "it, so its first and last months do)",
    );
    expect(isDrawableEdtf("2016-03%/2016-05%")).toBe(true);
  });

  it("gives an interval that starts or ends with a season or quarter as one from its first month to its last", () => {
    const why =
      "(an interval cannot start or end with a season or quarter: a start is its first month, an end its last)";
    for (const [typed, edtf] of [
      ["2016-36~/2017-21", "2016-10~/2017-05"],
      ["2016-36/2017-21", "2016-10/2017-05"],
      ["2016/2017-36~", "2016/2017-12~"],
      ["2016-Q4~/..", "2016-10~/.."],
    ] as const) {
      expect(isDrawableEdtf(typed)).toBe(false);
      expect(dateAdvice(typed)).toBe(`try ${edtf} ${why}`);
      expect(isDrawableEdtf(edtf)).toBe(true);
    }
  });

  it.each([
    ["05/2016", "2016-05"],
    ["05.2016", "2016-05"],
    ["13. Mai 2016", "2016-05-13"],
    ["mai 2016", "2016-05"],
    ["Friday, May 13, 2016", "2016-05-13"],
    ["2016年5月13日", "2016-05-13"],
  ])("reads %s as %s", (typed, edtf) => {
    expect(isDrawableEdtf(typed)).toBe(false);
    expect(dateAdvice(typed)).toBe(`try ${edtf}`);
    expect(isDrawableEdtf(edtf)).toBe(true);
  });

  it("reads a spreadsheet's count of days with a time of day as its day, if that is the day", () => {
    expect(isDrawableEdtf("42500.5")).toBe(false);
    expect(dateAdvice("42500.5")).toBe(
      "try 2016-05-10 (42500.5 is how a spreadsheet stores a day and its time, counted from 1900: 10 May " +
        "2016, if that is the day; the timeline has no times of day)",
    );
    // A count with no time is the sheet's own to tell; a number outside 1954–2099 is no day of the news.
    expect(dateAdvice("42500")).toBeNull();
    expect(dateAdvice("42500.0")).toBeNull();
    expect(dateAdvice("12345.5")).toBeNull();
  });

  it("gives Y2016 as 2016: EDTF's Y is for a year of more than four digits", () => {
    expect(isDrawableEdtf("Y2016")).toBe(false);
    expect(dateAdvice("Y2016")).toBe(
      "try 2016 (EDTF writes Y only before a year of more than four digits, as Y20160)",
    );
    expect(isDrawableEdtf("Y20160")).toBe(true);
  });

  it.each([
    ["2016-45", "45"],
    ["2016-50", "50"],
    ["2016-99", "99"],
  ])("tells %s that there is no month %s, as 2016-13 is told, not that it spans decades", (typed, month) => {
    expect(dateAdvice(typed)).toBe(
      `there is no month ${month}: write 01 to 12 (or 21 to 41 for a season, quarter or half)`,
    );
  });

  it("still reads two years across the turn of the year, as a TV season is written, as the years: 1998-99, 2016/17", () => {
    expect(dateAdvice("1998-99")).toMatch(/^try 1998\/1999 \(one time from 1998 to 1999\)/);
    expect(dateAdvice("2016/17")).toBe(
      "try 2016/2017 (one time from 2016 to 2017); for a window that runs from 2016 to 2017, write 2016 as its " +
        "start and 2017 as its end",
    );
    expect(isDrawableEdtf("2016/17")).toBe(false);
    expect(isDrawableEdtf("2016/2017")).toBe(true);
  });

  it("gives a winter across the turn of the year as EDTF's winter of its first year", () => {
    for (const typed of ["Winter 2016/17", "winter 2016-2017", "Winter 2016–17"]) {
      expect(isDrawableEdtf(typed)).toBe(false);
      expect(dateAdvice(typed)).toBe("try 2016-24 (winter 2016 is read as December 2016 to February 2017)");
    }
    expect(isDrawableEdtf("2016-24")).toBe(true);
    expect(dateAdvice("Winter 2016/18")).toBeNull();
  });

  it.each([
    ["2016-W20", "2016-05-16/2016-05-22", "(ISO week 20 of 2016, Monday to Sunday: EDTF has no weeks)"],
    ["2016W20", "2016-05-16/2016-05-22", "(ISO week 20 of 2016, Monday to Sunday: EDTF has no weeks)"],
    ["2015-W53", "2015-12-28/2016-01-03", "(ISO week 53 of 2015, Monday to Sunday: EDTF has no weeks)"],
    ["2016-W20-3", "2016-05-18", "(day 3 of ISO week 20 of 2016, counted from Monday: EDTF has no weeks)"],
  ])("gives %s, an ISO week, as its days: %s", (typed, edtf, why) => {
    expect(isDrawableEdtf(typed)).toBe(false);
    expect(dateAdvice(typed)).toBe(`try ${edtf} ${why}`);
    expect(isDrawableEdtf(edtf)).toBe(true);
  });
});
