import { ABOUT_AFTER, ABOUT_BEFORE } from "./aboutWords.ts";
import { calendarFault } from "./calendarFault.ts";
import { excelYear } from "./excelYear.ts";
import { isEdtf } from "./edtfInterval.ts";
import { isDrawableEdtf } from "./isDrawableEdtf.ts";
import { SEASON_FIRST_MONTHS } from "./seasonMonths.ts";
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
/** Two years or two months joined by a bare hyphen: `2016-2017`, `2016-17`, `Sept-Dec 2016`. */
const YEARS = /^(\d{4})-(\d{4}|\d{2})$/;
const MONTHS = /^([a-z]+\.?)-([a-z]+\.? \d{4})$/i;

/** A date written as EDTF, or in words that have one EDTF spelling. */
function edtfOf(words: string): string | null {
  const value = words.trim();
  return isEdtf(value) ? value : suggestEdtf(value);
}

/** `~` or `?` on a date; a season, quarter or half cannot take one, so its months do, each. */
function qualified(edtf: string, mark: "~" | "?"): string | null {
  if (/[~?%/[{]/.test(edtf)) return null;
  const code = /^(\d{4})-(\d{2})$/.exec(edtf);
  const months = code ? CODE_MONTHS[code[2] ?? ""] : undefined;
  if (code && months) {
    const year = Number(code[1]);
    const month = (m: number) =>
      `${year + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, "0")}${mark}`;
    return `${month(months[0])}/${month(months[1])}`;
  }
  return isEdtf(`${edtf}${mark}`) ? `${edtf}${mark}` : null;
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
  // Said of a date not known yet, which the format writes as none.
  if (
    /^(?:tba|tbd|tbc|unknown|n\/?a|none|not announced|to be (?:announced|determined|confirmed))\.?$/i.test(
      value,
    )
  )
    return "no date is known yet: write unknown in a sheet's cell, null in JSON (an event with no start is listed as date not announced)";
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
    if (about !== null) return `try ${about} (~ is EDTF's "about"${about.includes("/") ? whyMonths : ""})`;
  }
  if ((match = UNSURE.exec(value) ?? UNSURE_AFTER.exec(value))) {
    const inner = edtfOf(match[1] ?? "");
    const unsure = inner === null ? null : qualified(inner, "?");
    if (unsure !== null)
      return `try ${unsure} (? marks a date the source is unsure of${unsure.includes("/") ? whyMonths : ""})`;
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
    // 2016-17 that is not a later year is not a range (2016-21 is a season, and EDTF already).
    if (Number(to) <= Number(first)) return null;
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
