import edtf, {
  Date as ExtDate,
  Interval,
  List,
  Season,
  parse,
  type Edtf,
  type ListMember,
  type ParseTree,
  type Year,
} from "edtf";
import { memoizeByText } from "./memoizeByText.ts";

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

/**
 * The library's own Date object for the plain ISO forms, built from their parts instead of through its
 * general grammar, which costs about 0.25 ms a date. Anything else, and any day the calendar does not have,
 * goes to the library's parser. A property test holds this to the parser's own results.
 */
function plainDate(value: string): ExtDate | null {
  const match = PLAIN.exec(value);
  if (!match) return null;
  const [, year, month, day, qualifier] = match;
  const values = [Number(year)];
  if (month !== undefined) values.push(Number(month) - 1);
  if (day !== undefined) values.push(Number(day));
  const date = new ExtDate({
    values,
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
  });
  const exists =
    (month === undefined || date.getUTCMonth() === values[1]) &&
    (day === undefined || date.getUTCDate() === values[2]);
  return exists ? date : null;
}

/**
 * Parses with the `edtf` library; null when the text is not EDTF it can read. Results are remembered by
 * text and shared, so never mutated.
 */
export const parseEdtf = memoizeByText((value: string): Edtf | null => {
  try {
    const parsed = plainDate(value) ?? fromGrammar(value);
    if (parsed === null) return null;
    const { min, max } = bounds(parsed);
    return Number.isNaN(min) || Number.isNaN(max) || min > max ? null : parsed;
  } catch {
    return null;
  }
});

/**
 * Through the EDTF grammar only, and only when every day it names is in the calendar. `edtf()` alone reads
 * any run of five or more digits as milliseconds since 1970, and rolls 2015-02-29 over to 1 March.
 */
function fromGrammar(value: string): Edtf | null {
  const tree = parse(value);
  return realDays(tree) ? edtf(tree) : null;
}

function realDays(node: ParseTree | readonly ParseTree[] | number | null): boolean {
  if (node === null || typeof node === "number") return true;
  if (Array.isArray(node)) return node.every(realDays);
  const tree = node as ParseTree;
  if (tree.type !== "Date") return (tree.values as readonly (ParseTree | number | null)[]).every(realDays);
  const [year, month, day] = tree.values as readonly number[];
  // Unspecified digits (2015-02-XX) are a span the library bounds itself.
  if (tree.unspecified || year === undefined || month === undefined) return true;
  const date = new Date(Date.UTC(2000, month, day ?? 1));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month && (day === undefined || date.getUTCDate() === day);
}

export function isEdtf(value: string): boolean {
  return parseEdtf(value) !== null;
}

const intervalOf = memoizeByText((value: string): FuzzyInterval | null => {
  const parsed = parseEdtf(value);
  if (parsed === null) return null;
  const { min, max } = bounds(parsed);
  return {
    earliest: min,
    latest: max,
    approximate: flag(parsed, "approximate"),
    uncertain: flag(parsed, "uncertain"),
  };
});

/** EDTF text → the interval it covers. Throws on text that is not EDTF; validate first with isEdtf(). */
export function edtfInterval(value: string): FuzzyInterval {
  const interval = intervalOf(value);
  if (interval === null) throw new RangeError(`not an EDTF date: ${JSON.stringify(value)}`);
  return interval;
}

type Endpoint = ExtDate | Season | Year | number | null;

function bounds(value: Edtf): { min: number; max: number } {
  if (value instanceof Interval) {
    return {
      min: endpointBounds(value.lower, -Infinity).min,
      max: endpointBounds(value.upper, Infinity).max,
    };
  }
  if (value instanceof Season) return seasonBounds(value);
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
  // First month (0-based) of each season, northern hemisphere: spring, summer, autumn, winter.
  const north = [2, 5, 8, 11];
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
