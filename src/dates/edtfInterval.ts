import type { Date as ExtDate, Edtf, ListMember, ParseTree, Season, Year } from "edtf";
import { edtfGrammar } from "./edtfGrammar.ts";
import { memoizeByText } from "./memoizeByText.ts";
import { memoizeDates } from "./memoizeDates.ts";
import { SEASON_FIRST_MONTHS } from "./seasonMonths.ts";
import { daysInMonth } from "./daysInMonth.ts";

/**
 * The span of time an EDTF value may denote, as UTC milliseconds. `earliest`/`latest` are inclusive and
 * ±Infinity for an open or unknown end ("2017/..", "[..2016-05-11]").
 */
export interface FuzzyInterval {
  readonly earliest: number;
  readonly latest: number;
  /** `~` somewhere in the value: the source says "about". */
  readonly approximate: boolean;
  /** `?` somewhere in the value: the source is unsure. */
  readonly uncertain: boolean;
}

/** `2016`, `2016-05` or `2016-05-11`, qualified as a whole by `~`, `?` or `%` or not: most datasets' dates. */
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** A plain ISO date that the calendar has, in parts: month 0-based, as Date.UTC takes it. */
export interface PlainDate {
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/**
 * The plain ISO forms, read from their parts without the EDTF grammar (which costs about 0.25 ms a date,
 * and 15 KB gzip to fetch). Null for anything else, and for any day or month the calendar does not have
 * (2016-21 is a season, 2015-02-29 nothing): those go to the library. A property test holds this to the
 * library's own results.
 */
export const plainDate = memoizeDates((value: string): PlainDate | null => {
  const match = PLAIN.exec(value);
  if (!match) return null;
  const [, year, month, day, qualifier] = match;
  const parts = {
    year: Number(year),
    month: month === undefined ? undefined : Number(month) - 1,
    day: day === undefined ? undefined : Number(day),
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
  };
  const { year: y, month: m, day: d } = parts;
  const exists =
    (m === undefined || (m >= 0 && m <= 11)) && (d === undefined || (d >= 1 && d <= daysInMonth(y, m ?? 0)));
  return exists ? parts : null;
});

/** Date.UTC for any year (Date.UTC alone reads years 0–99 as 1900–1999); months and days may overflow. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

/** utc() in ms, through Date.UTC where it reads the year as given: no Date made for most dates. */
const utcMs = (year: number, month: number, day: number): number =>
  year >= 100 ? Date.UTC(year, month, day) : utc(year, month, day).getTime();

/** The interval a plain date covers. */
export function plainInterval({ year, month, day, approximate, uncertain }: PlainDate): FuzzyInterval {
  const earliest = utcMs(year, month ?? 0, day ?? 1);
  const next =
    month === undefined
      ? utcMs(year + 1, 0, 1)
      : day === undefined
        ? utcMs(year, month + 1, 1)
        : utcMs(year, month, day + 1);
  return { earliest, latest: next - 1, approximate, uncertain };
}

/** A meteorological season, `2015-23` (autumn 2015). */
export interface PlainSeason {
  readonly year: number;
  /** 0 spring, 1 summer, 2 autumn, 3 winter. */
  readonly season: number;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/**
 * Seasons 21–24 (the unqualified hemisphere) of years 100 on, read without the grammar; null for anything
 * else (seasonBounds() reads years 0–99 through Date.UTC, as 1900–1999: the grammar path keeps its say).
 */
export const plainSeason = memoizeByText((value: string): PlainSeason | null => {
  // The grammar takes no qualifier on a season (2015-23~ is not EDTF it reads).
  const match = /^(\d{4})-2([1-4])$/.exec(value);
  if (!match) return null;
  const [, year, code] = match;
  if (Number(year) < 100) return null;
  return { year: Number(year), season: Number(code) - 1, approximate: false, uncertain: false };
});

function seasonInterval({ year, season, approximate, uncertain }: PlainSeason): FuzzyInterval {
  const first = SEASON_FIRST_MONTHS[season] ?? NaN;
  return {
    earliest: utcMs(year, first, 1),
    latest: utcMs(year, first + 3, 1) - 1,
    approximate,
    uncertain,
  };
}

/** An end of a plain range: a plain date, open (`..`: "or later", "by") or unknown (empty). */
export type PlainEnd = PlainDate | "open" | "unknown";

/** An interval whose ends are plain dates, `..` or empty, in order: `2016-01-17/2016-05-13`, `2017/..`. */
export interface PlainRange {
  readonly lower: PlainEnd;
  readonly upper: PlainEnd;
}

const plainEnd = (text: string): PlainEnd | null =>
  text === ".." ? "open" : text === "" ? "unknown" : plainDate(text);

/**
 * Intervals of plain dates, read without the grammar. Only the clear cases: at least one end a date, and
 * two dates strictly in order (the library's own rules decide anything closer). Null for the rest.
 */
export const plainRange = memoizeByText((value: string): PlainRange | null => {
  const parts = value.split("/");
  if (parts.length !== 2) return null;
  const lower = plainEnd(parts[0] ?? "");
  const upper = plainEnd(parts[1] ?? "");
  if (lower === null || upper === null) return null;
  if (typeof lower === "string" && typeof upper === "string") return null;
  if (typeof lower !== "string" && typeof upper !== "string") {
    if (!(plainInterval(lower).latest < plainInterval(upper).earliest)) return null;
  }
  return { lower, upper };
});

function rangeInterval({ lower, upper }: PlainRange): FuzzyInterval {
  const from = typeof lower === "string" ? null : plainInterval(lower);
  const to = typeof upper === "string" ? null : plainInterval(upper);
  return {
    earliest: from ? from.earliest : -Infinity,
    latest: to ? to.latest : Infinity,
    approximate: Boolean(from?.approximate || to?.approximate),
    uncertain: Boolean(from?.uncertain || to?.uncertain),
  };
}

/**
 * Parses with the `edtf` library; null when the text is not EDTF it can read. Needs the grammar loaded
 * (throws EdtfGrammarNotLoaded otherwise), even for a plain date: callers that can do without the library
 * try plainDate() first. Results are remembered by text and shared, so never mutated.
 */
export const parseEdtf = memoizeByText((value: string): Edtf | null => {
  const library = edtfGrammar();
  try {
    const plain = plainDate(value);
    const parsed = plain ? libraryDate(library, plain) : fromGrammar(library, value);
    if (parsed === null) return null;
    const { min, max } = bounds(parsed);
    return Number.isNaN(min) || Number.isNaN(max) || min > max ? null : parsed;
  } catch {
    return null;
  }
});

/** The library's own Date object for a plain date, built from its parts instead of through the grammar. */
function libraryDate(library: ReturnType<typeof edtfGrammar>, plain: PlainDate): ExtDate {
  const values = [plain.year];
  if (plain.month !== undefined) values.push(plain.month);
  if (plain.day !== undefined) values.push(plain.day);
  return new library.Date({ values, approximate: plain.approximate, uncertain: plain.uncertain });
}

/**
 * Through the EDTF grammar only, and only when every day it names is in the calendar. `edtf()` alone reads
 * any run of five or more digits as milliseconds since 1970, and rolls 2015-02-29 over to 1 March.
 */
function fromGrammar(library: ReturnType<typeof edtfGrammar>, value: string): Edtf | null {
  const tree = library.parse(value);
  return realDays(tree) ? library.default(tree) : null;
}

function realDays(node: ParseTree | readonly ParseTree[] | number | null): boolean {
  if (node === null || typeof node === "number") return true;
  if (Array.isArray(node)) return node.every(realDays);
  const tree = node as ParseTree;
  if (tree.type !== "Date") return (tree.values as readonly (ParseTree | number | null)[]).every(realDays);
  const [year, month, day] = tree.values as readonly number[];
  // Unspecified digits (2015-02-XX) are a span the library bounds itself.
  if (tree.unspecified || year === undefined || month === undefined) return true;
  const date = utc(year, month, day ?? 1);
  return date.getUTCMonth() === month && (day === undefined || date.getUTCDate() === day);
}

export function isEdtf(value: string): boolean {
  return (
    plainDate(value) !== null ||
    plainSeason(value) !== null ||
    plainRange(value) !== null ||
    parseEdtf(value) !== null
  );
}

const intervalOf = memoizeDates((value: string): FuzzyInterval | null => {
  const plain = plainDate(value);
  if (plain !== null) return plainInterval(plain);
  const season = plainSeason(value);
  if (season !== null) return seasonInterval(season);
  const range = plainRange(value);
  if (range !== null) return rangeInterval(range);
  return grammarInterval(value);
});

/** The interval as the library reads it, plain or not: what the plain paths are held to. */
export function grammarInterval(value: string): FuzzyInterval | null {
  const parsed = parseEdtf(value);
  if (parsed === null) return null;
  const { min, max } = bounds(parsed);
  return {
    earliest: min,
    latest: max,
    approximate: flag(parsed, "approximate"),
    uncertain: flag(parsed, "uncertain"),
  };
}

/**
 * EDTF text → the interval it covers. Throws on text that is not EDTF; validate first with isEdtf(). A
 * plain date needs no grammar; any other throws EdtfGrammarNotLoaded until it is loaded.
 */
export function edtfInterval(value: string): FuzzyInterval {
  const interval = intervalOf(value);
  if (interval === null) throw new RangeError(`not an EDTF date: ${JSON.stringify(value)}`);
  return interval;
}

type Endpoint = ExtDate | Season | Year | number | null;

function bounds(value: Edtf): { min: number; max: number } {
  const { Interval, List, Season } = edtfGrammar();
  if (value instanceof Interval) {
    return {
      min: endpointBounds(value.lower, -Infinity).min,
      max: endpointBounds(value.upper, Infinity).max,
    };
  }
  if (value instanceof Season) return seasonBounds(value);
  // The library's own bounds of a set end at its last member's first value: "[2016..2018]" ended with 2016.
  if (value instanceof List && value.values.length > 0) {
    const spans = value.values.map((member) =>
      isRange(member) ? { min: bounds(member[0]).min, max: bounds(member[1]).max } : bounds(member),
    );
    return {
      min: value.earlier ? -Infinity : Math.min(...spans.map((span) => span.min)),
      max: value.later ? Infinity : Math.max(...spans.map((span) => span.max)),
    };
  }
  return { min: value.min ?? -Infinity, max: value.max ?? Infinity };
}

function endpointBounds(endpoint: Endpoint, open: number): { min: number; max: number } {
  if (endpoint === null || typeof endpoint === "number") return { min: open, max: open };
  return bounds(endpoint);
}

/**
 * The `edtf` library maps the seasons 21–32 onto calendar quarters (spring = January–March). People mean
 * meteorological seasons, so those codes are read here as such; quarters and halves (33–41) keep the
 * library's bounds.
 */
function seasonBounds(season: Season): { min: number; max: number } {
  const code = season.season;
  // Northern hemisphere (21–24 and 25–28); 29–32, the southern, are half a year on.
  const north = SEASON_FIRST_MONTHS;
  let first: number | undefined;
  if (code >= 21 && code <= 24) first = north[code - 21];
  else if (code >= 25 && code <= 28) first = north[code - 25];
  else if (code >= 29 && code <= 32) first = north[(code - 29 + 2) % 4];
  if (first === undefined) return { min: season.min ?? NaN, max: season.max ?? NaN };
  return { min: Date.UTC(season.year, first, 1), max: Date.UTC(season.year, first + 3, 1) - 1 };
}

/** A consecutive range inside a list or set (`2016..2018`), as its two ends. */
export function isRange(member: ListMember): member is readonly [ListPoint, ListPoint] {
  return Array.isArray(member);
}

type ListPoint = ExtDate | Season | Year;

function flag(value: Edtf, name: "approximate" | "uncertain"): boolean {
  const { Date: ExtDate, Interval, List, Season } = edtfGrammar();
  if (value instanceof Interval) {
    return [value.lower, value.upper].some(
      (end) => end !== null && typeof end === "object" && flag(end, name),
    );
  }
  if (value instanceof ExtDate || value instanceof Season) return value[name].value !== 0;
  if (value instanceof List) {
    return value.values.some((member) =>
      isRange(member) ? member.some((end) => flag(end, name)) : flag(member, name),
    );
  }
  return false;
}
