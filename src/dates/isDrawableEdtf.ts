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
  if (parseEdtf(value) === null) return false;
  try {
    const { earliest, latest } = edtfInterval(value);
    // "../.." bounds nothing: there is no place on the axis to draw it (no date is written null).
    const somewhere = Number.isFinite(earliest) || Number.isFinite(latest);
    return somewhere && earliest <= latest && dateWords(value).length > 0;
  } catch {
    return false;
  }
}
