import { MONTHS } from "./monthNames.ts";
import { yearWords } from "./yearWords.ts";

// The few UTC date labels the axis and the chart's summary use, written out instead of d3-time-format,
// whose locale machinery would otherwise sit in the page's first script (see timeFormatShim.ts). A
// property test holds each to d3-time-format's output for the same pattern in years 1000 to 9999. Outside
// them d3's `%Y` is no way to write a year for a reader ("0099", "-0005", 12000 as "2000"): the year is
// written as the tooltips and the table write it (yearWords), which another property test holds it to.

const short = (date: Date) => MONTHS[date.getUTCMonth()]?.slice(0, 3) ?? "";

/** `%Y` in years 1000 to 9999, "2016"; else as people write it, "99", "1 BCE". */
export const utcYear = (date: Date) => yearWords(date.getUTCFullYear());
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
