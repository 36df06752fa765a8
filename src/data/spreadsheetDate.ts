/**
 * What a spreadsheet made of a day: Excel saves `2016-05-11` as `5/11/2016` (US), `11/05/2016` (UK) or
 * `11.05.2016` (much of Europe), as the computer's locale shows dates, not as typed.
 */
export type SpreadsheetDate =
  /** One reading: the day is past 12 on one side, or both sides are the same, or dots (always day first). */
  | { readonly kind: "day"; readonly iso: string }
  /** Day first and month first both make a day (5/11: 5 November or 11 May); the file cannot tell which. */
  | { readonly kind: "either"; readonly dayFirst: string; readonly monthFirst: string };

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO day, or null when there is no such day (31/04, 29/02 of a common year). */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`
    : null;
}

/** A cell in a spreadsheet's day format (`5/11/2016`, `11.05.2016`, `11-05-2016`) → its readings; null if not one. */
export function spreadsheetDate(cell: string): SpreadsheetDate | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(cell.trim());
  if (!match) return null;
  const [, first = "", separator, second = "", yearText = ""] = match;
  const [a, b, year] = [Number(first), Number(second), Number(yearText)];
  const dayFirst = isoDay(year, b, a);
  // No locale writes the month first with dots.
  const monthFirst = separator === "." ? null : isoDay(year, a, b);
  if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst)
    return { kind: "either", dayFirst, monthFirst };
  const iso = dayFirst ?? monthFirst;
  return iso === null ? null : { kind: "day", iso };
}
