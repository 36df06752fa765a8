import { dateWords } from "./dateWords.ts";
import { edtfInterval, parseEdtf, plainDate, plainRange, plainSeason } from "./edtfInterval.ts";

/**
 * The schema's test for a date: EDTF the app can read, a real calendar day, and a value every view can draw
 * (its interval and its words). What passes here cannot crash a view later; the fuzzer holds it to that.
 */
export function isDrawableEdtf(value: string): boolean {
  // A plain date (2016-05-11~) is a finite day, month or year with words: no grammar needed.
  // So is a season, and a range with at least one such end (plainRange() takes no other).
  if (plainDate(value) !== null || plainSeason(value) !== null || plainRange(value) !== null) return true;
  // A time of day (2016-09-30T23:30:00-05:00) is EDTF, but the chart draws days, in UTC: its offset moved it
  // to another day than the one written. Refused, with the day to give instead (dateAdvice).
  if (value.includes("T") || parseEdtf(value) === null) return false;
  try {
    const { earliest, latest } = edtfInterval(value);
    // "../.." bounds nothing: there is no place on the axis to draw it (no date is written null).
    const somewhere = Number.isFinite(earliest) || Number.isFinite(latest);
    return somewhere && earliest <= latest && dateWords(value).length > 0;
  } catch {
    return false;
  }
}
