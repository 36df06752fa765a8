import { daysInMonth } from "./daysInMonth.ts";
import { MONTHS } from "./monthNames.ts";

const NUMBERED = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Which part of a date written as numbers the calendar has not (`2016-13-01`, `2016-02-30`, `2016-00`), and
 * what it may have meant where one reading is plain (the day and month swapped). Null when the numbers are a
 * day, a month or one of EDTF's codes (21–41: seasons, quarters, halves), or not a numbered date at all.
 */
export function calendarFault(value: string): string | null {
  const match = NUMBERED.exec(value);
  if (!match) return null;
  const [, year = "", month = "", day] = match;
  const [y, m] = [Number(year), Number(month)];
  if (day === undefined)
    return m === 0 || (m > 12 && m < 21) || m > 41
      ? `there is no month ${month}: write 01 to 12 (or 21 to 41 for a season, quarter or half)`
      : null;
  const d = Number(day);
  if (m === 0) return "there is no month 00: months run from 01";
  if (m > 12) {
    // 2016-13-01 written day first: the day is a month, and the month a day of it.
    const swapped = d >= 1 && d <= 12 && m <= daysInMonth(y, d - 1);
    return `there is no month ${month}: the month comes before the day${swapped ? `; if ${month} is the day, try ${year}-${day}-${month}` : ""}`;
  }
  const last = daysInMonth(y, m - 1);
  if (d === 0) return "there is no day 00: days run from 01";
  return d > last ? `${MONTHS[m - 1] ?? ""} ${year} has ${last} days` : null;
}
