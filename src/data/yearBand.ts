import { edtfInterval } from "../dates/edtfInterval.ts";
import type { Source, TimelineEvent } from "./schema.ts";

/** A date this many years after the newest source's publication is a typo, most likely (2106 for 2016)… */
const YEARS_AFTER = 30;
/** …or this many before the oldest's (0216, -2016): a page looks back further than it looks ahead. */
const YEARS_BEFORE = 300;

/** The years of the oldest and newest source's publication, and the years a date is held within. */
export interface YearBand {
  readonly oldest: number;
  readonly newest: number;
  /** YEARS_BEFORE before the oldest, and YEARS_AFTER after the newest. */
  readonly from: number;
  readonly to: number;
}

/** The years of a dataset's sources; null when none is dated. */
export function yearBand(sources: Iterable<Source>): YearBand | null {
  let oldest = Infinity;
  let newest = -Infinity;
  for (const { published } of sources) {
    if (published === null) continue;
    const year = +published.slice(0, 4);
    oldest = Math.min(oldest, year);
    newest = Math.max(newest, year);
  }
  return newest === -Infinity
    ? null
    : { oldest, newest, from: oldest - YEARS_BEFORE, to: newest + YEARS_AFTER };
}

/** A moment's year; an open end's (±Infinity) is NaN, which is never far. */
export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();

/**
 * Whether a valid EDTF date reaches a year far from the sources' (an open end reaches none). A date whose
 * first four characters are its year (EDTF writes a longer one with a Y) and that is no interval is read by
 * its digits, as nearly every event of a file is; any other form is read as its interval, both its ends.
 */
function far(edtf: string | null | undefined, band: YearBand): boolean {
  if (edtf == null) return false;
  let year = 0;
  for (let i = 0; i < 4 && year >= 0; i += 1) {
    const digit = edtf.charCodeAt(i) - 48;
    year = digit >= 0 && digit <= 9 ? year * 10 + digit : -1;
  }
  if (year < 0 || edtf.includes("/")) {
    const { earliest, latest } = edtfInterval(edtf);
    return [yearOf(earliest), yearOf(latest)].some((y) => y < band.from || y > band.to);
  }
  return year < band.from || year > band.to;
}

/** Whether an event's start or end reaches far from its dataset's sources' years (farYears words it). */
export const outsideBand = (event: TimelineEvent, band: YearBand): boolean =>
  far(event.start, band) || far(event.end, band);
