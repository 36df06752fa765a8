import { ABOUT_AFTER, ABOUT_BEFORE } from "./aboutWords.ts";
import { calendarFault } from "./calendarFault.ts";
import { excelYear } from "./excelYear.ts";
import { isEdtf } from "./edtfInterval.ts";
import { isDrawableEdtf } from "./isDrawableEdtf.ts";
import { isoWeekDays } from "./isoWeekDays.ts";
import { MONTHS as MONTH_NAMES } from "./monthNames.ts";
import { SEASON_FIRST_MONTHS } from "./seasonMonths.ts";
import { serialDay } from "./serialDay.ts";
import { suggestEdtf } from "./suggestEdtf.ts";

/**
 * The months (1-based, first and last; past 12 is the next year) of EDTF's season (21–24), quarter and half
 * codes.
 */
const CODE_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  ...Object.fromEntries(SEASON_FIRST_MONTHS.map((first, i) => [`${21 + i}`, [first + 1, first + 3]])),
  "33": [1, 3],
  "34": [4, 6],
  "35": [7, 9],
  "36": [10, 12],
  "40": [1, 6],
  "41": [7, 12],
};

/** Words that say the source is unsure of a date: EDTF's `?` (its `~`, "about", is aboutWords'). */
const UNSURE = /^(?:maybe|possibly|probably|perhaps|likely)\s+(.+)$/i;
const UNSURE_AFTER = /^(.+?)\s*(?:\?|\(\?\)|\(?(?:unconfirmed|tbc|tentative|tentatively)\)?)$/i;
/** Words EDTF has no code for: the part of the year is the source's vagueness, not a range of months. */
const PART =
  /^(late|later in|end of|the end of|early|earlier in|beginning of|the beginning of|start of|the start of|mid|middle of|the middle of)[\s-]+(.+)$/i;
/** What a part would be as months of a year, if the source meant it so: said only as a guess. */
const PART_GUESS: Readonly<Record<string, readonly [string, string]>> = {
  late: ["09", "12"],
  early: ["01", "04"],
  mid: ["05", "08"],
};
const RANGE = /^(.+?)\s*(?:–|—|\.\.|\s-\s|\sto\s|\suntil\s|\sthrough\s|\sthru\s)\s*(.+)$/i;
/** A day with a time of day, as EDTF and ISO 8601 write one: `2016-09-30T23:30:00-05:00`. */
const TIMED = /^(\d{4}-\d{2}-\d{2})T\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;
/** Two years or two months joined by a bare hyphen (or years by a slash, `2016/17`): `2016-2017`, `Sept-Dec 2016`. */
const YEARS = /^(\d{4})[-/](\d{4}|\d{2})$/;
const MONTHS = /^([a-z]+\.?)-([a-z]+\.? \d{4})$/i;
/** EDTF's marks after a date (`2016-36~`), each with what it says. */
const MARKS = {
  "~": `~ is EDTF's "about"`,
  "?": "? marks a date the source is unsure of",
  "%": "% marks a date both about (~) and unsure (?)",
} as const;
type Mark = keyof typeof MARKS;
/**
 * A day as a spreadsheet stores it (a count of days from 30 December 1899) with a time of day as its fraction:
 * 42500.5 is noon on 10 May 2016. A count with no fraction (42500, 42500.0) is the sheet's own to tell
 * (csvToDataset.ts); the same counts as there, 1954 to 2099, are read as days.
 */
const SERIAL_TIME = /^(\d{5})[.,](\d*[1-9]\d*)$/;

/** A date written as EDTF, or in words that have one EDTF spelling. */
function edtfOf(words: string): string | null {
  const value = words.trim();
  return isEdtf(value) ? value : suggestEdtf(value);
}

/** The first and last months of a season, quarter or half (`2016-36`), as EDTF months; null for any other date. */
function codeMonths(edtf: string): readonly [string, string] | null {
  const code = /^(\d{4})-(\d{2})$/.exec(edtf);
  const months = code ? CODE_MONTHS[code[2] ?? ""] : undefined;
  if (!code || !months) return null;
  const year = Number(code[1]);
  const month = (m: number) =>
    `${year + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, "0")}`;
  return [month(months[0]), month(months[1])];
}

/** `~`, `?` or `%` on a date; a season, quarter or half cannot take one, so its months do, each. */
function qualified(edtf: string, mark: Mark): string | null {
  if (/[~?%/[{]/.test(edtf)) return null;
  const months = codeMonths(edtf);
  if (months) return `${months[0]}${mark}/${months[1]}${mark}`;
  return isEdtf(`${edtf}${mark}`) ? `${edtf}${mark}` : null;
}

/**
 * One end of an interval, as EDTF takes it: a season, quarter or half (which cannot start or end one, nor
 * take a mark) as its first month for a start, its last for an end, with the mark it had. Null when the end
 * is no date this knows.
 */
function intervalEnd(text: string, end: 0 | 1): { readonly edtf: string; readonly code: boolean } | null {
  if (text === "" || text === "..") return { edtf: text, code: false };
  const [, date = "", mark = ""] = /^(.+?)([~?%]?)$/.exec(text) ?? [];
  const edtf = edtfOf(date);
  if (edtf === null) return null;
  const months = codeMonths(edtf);
  return { edtf: `${months ? months[end] : edtf}${mark}`, code: months !== null };
}

/**
 * What to write instead of a date that is not EDTF, after "; ": its EDTF spelling when the words have one
 * honest equivalent ("Q3 2016": try 2016-35), keeping the source's doubt (`~`, `?`, a range, one of two);
 * when they have none ("late 2016"), what EDTF can say without inventing precision, and why. Null when
 * the words are not a date this knows.
 */
export function dateAdvice(text: string): string | null {
  const value = text.trim().replace(/\s+/g, " ");
  const timed = TIMED.exec(value);
  if (timed) return `try ${timed[1]} (the day as written: the timeline has no times of day)`;
  // A spreadsheet formula's text (a CSV holds what a cell says, not its value): =DATE(2016;5;1).
  const formula = /^=\s*DATE\s*\(\s*(\d{4})\s*[;,]\s*(\d{1,2})\s*[;,]\s*(\d{1,2})\s*\)$/i.exec(value);
  const day =
    formula &&
    `${formula[1]}-${formula
      .slice(2)
      .map((n) => n.padStart(2, "0"))
      .join("-")}`;
  if (day && calendarFault(day) === null)
    return `try ${day} (the formula's day: a file holds a formula's text, not its value)`;
  if (value.startsWith("="))
    return "a formula's text, not a date (a file holds a formula's text, not its value): write the date itself";
  // Full-width digits (２０１６, typed with an East Asian input method): the date they spell, in plain ones.
  const plain = value.normalize("NFKC");
  if (plain !== value) {
    const advice = isDrawableEdtf(plain) ? `try ${plain}` : dateAdvice(plain);
    if (advice?.startsWith("try "))
      return `${advice} (in plain characters: ${value} has full-width or other special forms of them)`;
  }
  // Said of a date not known yet, which the format writes as none; so is a lone dash or question mark.
  if (
    /^(?:tba|tbd|tbc|unknown|n\/?a|none|not announced|to be (?:announced|determined|confirmed)|[-–—?]+)\.?$/i.test(
      value,
    )
  )
    return "no date is known yet: write unknown in a sheet's cell, null in JSON (an event with no start is listed as date not announced)";
  // An ISO week (2016-W20), which EDTF has not: its days, Monday to Sunday, or the one day of it named.
  const week = /^(\d{4})-?W(\d\d)(?:-?([1-7]))?$/i.exec(value);
  const days = week && isoWeekDays(Number(week[1]), Number(week[2]));
  if (week && days) {
    const of = `ISO week ${Number(week[2])} of ${week[1]}`;
    if (week[3] === undefined)
      return `try ${days[0]}/${days[1]} (${of}, Monday to Sunday: EDTF has no weeks)`;
    const day = new Date(Date.parse(days[0]) + (Number(week[3]) - 1) * 864e5).toISOString().slice(0, 10);
    return `try ${day} (day ${week[3]} of ${of}, counted from Monday: EDTF has no weeks)`;
  }
  // Winter across the turn of the year (Winter 2016/17): EDTF's winter of 2016 is that one.
  const winter = /^winter (\d{4}) ?[-/–—] ?(\d{4}|\d\d)$/i.exec(value);
  const [, first = "", next = ""] = winter ?? [];
  if (winter && String(Number(first) + 1).endsWith(next))
    return `try ${first}-24 (winter ${first} is read as December ${first} to February ${Number(first) + 1})`;
  // EDTF's Y is for a year of more than four digits: Y2016 is 2016.
  const longYear = /^Y(\d{4})$/i.exec(value);
  if (longYear)
    return `try ${longYear[1]} (EDTF writes Y only before a year of more than four digits, as Y20160)`;
  const serial = SERIAL_TIME.exec(value);
  const iso = serial ? serialDay(Number(serial[1])) : null;
  if (iso !== null) {
    const day = new Date(`${iso}T00:00:00Z`);
    const words = `${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()] ?? ""} ${day.getUTCFullYear()}`;
    return (
      `try ${iso} (${value} is how a spreadsheet stores a day and its time, counted ` +
      `from 1900: ${words}, if that is the day; the timeline has no times of day)`
    );
  }
  // A year written short ("Summer '16"): the advice for the year in full, said as read so.
  // The century as a spreadsheet takes it (excelYear).
  const short = /^(.*?)\s*(['’‘])(\d\d)$/.exec(value);
  const year = short && String(excelYear(Number(short[3])));
  const written = short && `${short[1]} ${year}`.trim();
  const full = written && (isEdtf(written) ? `try ${written}` : dateAdvice(written));
  if (short && full?.startsWith("try ")) return `${full} (reading ${short[2]}${short[3]} as ${year})`;
  const equivalent = suggestEdtf(value);
  if (equivalent !== null) return `try ${equivalent}`;
  // A day written as one number, as some sheets export it: 20160930.
  const compact = /^(\d{4})(\d\d)(\d\d)$/.exec(value);
  if (compact) {
    const day = compact.slice(1).join("-");
    if (calendarFault(day) === null) return `try ${day} (a day is written with hyphens)`;
  }
  let match: RegExpExecArray | null;
  if ((match = ABOUT_BEFORE.exec(value) ?? ABOUT_AFTER.exec(value))) {
    const inner = edtfOf(match[1] ?? "");
    const about = inner === null ? null : qualified(inner, "~");
    if (about !== null) return `try ${about} (${MARKS["~"]}${about.includes("/") ? whyMonths : ""})`;
  }
  // EDTF's own mark on what cannot take one (2016-36~, 2016-Q4~): its months, each marked.
  if ((match = /^(.+?)\s*([~%])$/.exec(value))) {
    const mark = match[2] === "%" ? "%" : "~";
    const inner = edtfOf(match[1] ?? "");
    const marked = inner === null ? null : qualified(inner, mark);
    if (marked !== null && marked !== value)
      return `try ${marked} (${MARKS[mark]}${marked.includes("/") ? whyMonths : ""})`;
  }
  if ((match = UNSURE.exec(value) ?? UNSURE_AFTER.exec(value))) {
    const inner = edtfOf(match[1] ?? "");
    const unsure = inner === null ? null : qualified(inner, "?");
    if (unsure !== null) return `try ${unsure} (${MARKS["?"]}${unsure.includes("/") ? whyMonths : ""})`;
  }
  if ((match = PART.exec(value))) {
    const word = (match[1] ?? "").toLowerCase();
    const inner = edtfOf(match[2] ?? "");
    if (inner !== null) {
      const part = /late|end/.test(word) ? "late" : /early|beginning|start/.test(word) ? "early" : "mid";
      const [from, to] = PART_GUESS[part] ?? [];
      const guess =
        /^\d{4}$/.test(inner) && from !== undefined
          ? `; ${inner}-${from}/${inner}-${to} would be a guess at what "${word}" means, not what the source says`
          : "";
      return (
        `EDTF has no word for "${word}": write ${inner}, which says what the source says and no more ` +
        `(keep its words in the note)${guess}`
      );
    }
  }
  if ((match = /^(.+?) or (.+)$/i.exec(value))) {
    const [a, b] = [edtfOf(match[1] ?? ""), edtfOf(match[2] ?? "")];
    const either = `[${a ?? ""},${b ?? ""}]`;
    if (a !== null && b !== null && isEdtf(either)) return `try ${either} (one of the two)`;
  }
  // An interval written the wrong way round: EDTF takes its earlier end first.
  if ((match = /^([^/]+)\/([^/]+)$/.exec(value))) {
    const [, a = "", b = ""] = match;
    // EDTF has no interval from a date to itself: the date is what it means.
    if (a === b && isEdtf(a)) return `an interval from ${a} to itself: try ${a}`;
    if (isEdtf(a) && isEdtf(b) && isEdtf(`${b}/${a}`))
      return `it ends (${b}) before it starts (${a}): try ${b}/${a}`;
    // An end EDTF has not as one (2016-36~/2017-21, a season or quarter; Sept 2016/2017, words): as it has it.
    const [from, to] = [intervalEnd(a, 0), intervalEnd(b, 1)];
    const interval = from && to && `${from.edtf}/${to.edtf}`;
    if (from && to && interval && interval !== value && isDrawableEdtf(interval))
      return from.code || to.code
        ? `try ${interval} (an interval cannot start or end with a season or quarter: a start is its first ` +
            "month, an end its last)"
        : `try ${interval}`;
  }
  // Last: "2016-17" is two years before it is a month that is not.
  return range(value) ?? calendarFault(value);
}

const whyMonths = ": a season or quarter cannot take it, so its first and last months do";

/** `2016-2017`, `Sept–Dec 2016`, `May 2016 to June 2017` → the EDTF interval, and what else it may mean. */
function range(value: string): string | null {
  let from: string | undefined;
  let to: string | undefined;
  const years = YEARS.exec(value);
  const months = MONTHS.exec(value);
  const words = RANGE.exec(value);
  if (years) {
    const [, first = "", second = ""] = years;
    [from, to] = [first, second.length === 2 ? `${first.slice(0, 2)}${second}` : second];
    // 2016-17 that is not a later year is not a range (2016-21 is a season, and EDTF already); nor is one
    // that is no month past EDTF's codes (2016-45), unless the year after, as a TV season is (1998-99).
    if (Number(to) <= Number(first)) return null;
    if (second.length === 2 && Number(second) > 41 && Number(to) !== Number(first) + 1) return null;
  } else if (months ?? words) {
    [, from = "", to = ""] = (months ?? words) as RegExpExecArray;
    // "Sept–Dec 2016": the year written once, after both months.
    const year = / (\d{4})$/.exec(to)?.[1];
    if (year !== undefined && !/\d/.test(from)) from = `${from} ${year}`;
  } else return null;
  const [a, b] = [edtfOf(from), edtfOf(to)];
  if (a === null || b === null || !isEdtf(`${a}/${b}`)) return null;
  return (
    `try ${a}/${b} (one time from ${a} to ${b}); for a window that runs from ${a} to ${b}, write ${a} ` +
    `as its start and ${b} as its end`
  );
}
