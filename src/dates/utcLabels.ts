import { MONTHS } from "./monthNames.ts";

// The few UTC date labels the axis and the chart's summary use, written out instead of d3-time-format,
// whose locale machinery would otherwise sit in the page's first script (see timeFormatShim.ts). A
// property test holds each to d3-time-format's output for the same pattern.

/** d3's zero padding: the sign first, then zeros up to `width` digits. */
function pad(value: number, width: number): string {
  const sign = value < 0 ? "-" : "";
  return sign + String(Math.abs(value)).padStart(width, "0");
}

const short = (date: Date) => MONTHS[date.getUTCMonth()]?.slice(0, 3) ?? "";

/** `%Y`: "2016", "0099". */
export const utcYear = (date: Date) => pad(date.getUTCFullYear() % 10000, 4);
/** `%b`: "May". */
export const utcMonthShort = short;
/** `%b %-d`: "May 2". */
export const utcMonthDay = (date: Date) => `${short(date)} ${date.getUTCDate()}`;
/** `%-d`: "2". */
export const utcDayOfMonth = (date: Date) => String(date.getUTCDate());
/** `%b %-d, %Y`: "May 2, 2016". */
export const utcFullDay = (date: Date) => `${utcMonthDay(date)}, ${utcYear(date)}`;
/** `%b %Y`: "May 2016". */
export const utcMonthYear = (date: Date) => `${short(date)} ${utcYear(date)}`;
/** `%-d %B %Y`: "2 May 2016". */
export const utcLongDay = (date: Date) =>
  `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ""} ${utcYear(date)}`;
