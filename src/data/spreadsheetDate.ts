import { excelYear } from "../dates/excelYear.ts";
import { serialDay } from "../dates/serialDay.ts";

/**
 * What a spreadsheet made of a day: Excel saves `2016-05-11` as `5/11/2016` (US), `11/05/2016` (UK) or
 * `11.05.2016` (much of Europe), as the computer's locale shows dates, not as typed; its short format cuts
 * the year to two digits (`5/11/16`, `11.05.16`), and a date cell with a time says midnight
 * (`5/11/2016 0:00`, `2016-05-11 00:00:00`). A month typed `2016-09` becomes a day it shows as `Sep-16`.
 */
export type SpreadsheetDate =
  /** One reading: the day is past 12 on one side, or both sides are the same, or dots (always day first). */
  | { readonly kind: "day"; readonly iso: string; readonly year: YearWritten }
  /**
   * A day typed without its year (`Sep 16`, `16 Sep`), which Excel shows as `16-Sep`: it took the year of
   * the day it was typed, which the cell no longer shows, so the year is the author's to write.
   */
  | { readonly kind: "no year"; readonly month: number; readonly day: number }
  /** A month as Excel shows one typed as `2016-09`: `Sep-16` (or `Sep-2016`). */
  | { readonly kind: "month"; readonly iso: string; readonly year: YearWritten }
  /**
   * A day as a spreadsheet keeps it, a count of days from 30 December 1899 (42614 is 1 September 2016),
   * written so when the column was formatted as a number.
   */
  | { readonly kind: "serial"; readonly iso: string; readonly serial: string }
  /** A year as a number column writes it: `2016.0`. */
  | { readonly kind: "number"; readonly year: string }
  /** Day first and month first both make a day (5/11: 5 November or 11 May); the file cannot tell which. */
  | {
      readonly kind: "either";
      readonly dayFirst: string;
      readonly monthFirst: string;
      readonly year: YearWritten;
    };

/**
 * How the cell wrote the year. Two digits lose the century: the readings take Excel's (00–29 are 20xx,
 * 30–99 are 19xx), which the message must say, since the source may mean the other one.
 */
export type YearWritten =
  | { readonly kind: "full" }
  | {
      readonly kind: "two digits";
      readonly digits: string;
      readonly assumed: number;
      readonly other: number;
    };

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO day, or null when there is no such day (31/04, 29/02 of a common year). */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`
    : null;
}

/** The year a cell wrote: four digits as they are, two as Excel reads them. */
function yearWritten(text: string): { readonly year: number; readonly written: YearWritten } {
  const digits = Number(text);
  if (text.length === 4) return { year: digits, written: { kind: "full" } };
  const assumed = excelYear(digits);
  const other = assumed < 2000 ? 2000 + digits : 1900 + digits;
  return { year: assumed, written: { kind: "two digits", digits: text, assumed, other } };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** Midnight, as a date cell with a time shows a day (`0:00`, `00:00:00`, or `12:00:00 AM` in the US). */
const MIDNIGHT = /\s+(0?0:00(:00)?|12:00(:00)?\s*AM)$/i;

/**
 * A cell in a spreadsheet's day format (`5/11/2016`, `11.05.16`, `11-05-2016`, `16-Sep-16`, `16-Sep`) → its
 * readings; null if not one.
 */
export function spreadsheetDate(cell: string): SpreadsheetDate | null {
  const text = cell.trim().replace(MIDNIGHT, "");
  const number = /^(\d{4,5})\.0+$|^(\d{5})$/.exec(text);
  if (number) {
    const [, decimal, whole] = number;
    if (decimal?.length === 4) return { kind: "number", year: decimal };
    const serial = Number(decimal ?? whole);
    const iso = serialDay(serial);
    return iso === null ? null : { kind: "serial", iso, serial: String(serial) };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso && text !== cell.trim()) {
    const [, y = "", m = "", d = ""] = iso;
    const day = isoDay(Number(y), Number(m), Number(d));
    return day === null ? null : { kind: "day", iso: day, year: { kind: "full" } };
  }
  // Excel's own form only (mmm-yy): "Sep 2016" or "September 2016" is the author's, and told so elsewhere.
  const month = /^([a-z]{3})t?\.?-(\d{4}|\d{2})$/i.exec(text);
  if (month) {
    const [, name = "", yearText = ""] = month;
    const index = MONTHS.indexOf(name.toLowerCase());
    if (index === -1) return null;
    const { year, written } = yearWritten(yearText);
    return { kind: "month", iso: `${String(year).padStart(4, "0")}-${pad(index + 1)}`, year: written };
  }
  // Excel's d-mmm (`16-Sep`, a day typed without its year) and d-mmm-yy (`16-Sep-16`).
  const named = /^(\d{1,2})-([a-z]{3})t?\.?(?:-(\d{4}|\d{2}))?$/i.exec(text);
  if (named) {
    const [, dayText = "", name = "", yearText] = named;
    const month = MONTHS.indexOf(name.toLowerCase()) + 1;
    const day = Number(dayText);
    if (yearText === undefined)
      // Any year that has the day: 29-Feb is a leap year's.
      return month > 0 && isoDay(2016, month, day) !== null ? { kind: "no year", month, day } : null;
    const { year, written } = yearWritten(yearText);
    const iso = month > 0 ? isoDay(year, month, day) : null;
    return iso === null ? null : { kind: "day", iso, year: written };
  }
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (!match) return null;
  const [, first = "", separator, second = "", yearText = ""] = match;
  const { year, written } = yearWritten(yearText);
  const [a, b] = [Number(first), Number(second)];
  const dayFirst = isoDay(year, b, a);
  // No locale writes the month first with dots.
  const monthFirst = separator === "." ? null : isoDay(year, a, b);
  if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst)
    return { kind: "either", dayFirst, monthFirst, year: written };
  const day = dayFirst ?? monthFirst;
  return day === null ? null : { kind: "day", iso: day, year: written };
}
