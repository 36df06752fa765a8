import type { Date as ExtDate, Edtf, Season, Year } from "edtf";
import { edtfGrammar } from "./edtfGrammar.ts";
import {
  edtfInterval,
  isRange,
  parseEdtf,
  plainDate,
  plainInterval,
  plainRange,
  plainSeason,
  type PlainDate,
  type PlainRange,
} from "./edtfInterval.ts";
import { memoizeByText } from "./memoizeByText.ts";
import { MONTHS } from "./monthNames.ts";
import { yearWords } from "./yearWords.ts";

const SEASONS = ["spring", "summer", "autumn", "winter"];

/** A point in words, split so that a range can say the year once ("17 January – 11 May 2016"). */
interface Words {
  readonly lead: string;
  readonly year: string;
}

const whole = (words: Words) => [words.lead, words.year].filter(Boolean).join(" ");

/**
 * An EDTF value in words, as a reader would say it: "30 September 2016", "late 2016, approximately",
 * "2017 or later", "on or before 11 May 2016". Words are built from the parsed value, never from its text.
 */
export const dateWords = memoizeByText(computeWords);

function computeWords(value: string): string {
  // Plain dates need no grammar: the words come from their parts.
  const plain = plainDate(value);
  if (plain !== null) return withQualifiers(whole(plainWords(plain)), plain.approximate, plain.uncertain);
  const season = plainSeason(value);
  if (season !== null) {
    const words = { lead: SEASONS[season.season] ?? "", year: yearWords(season.year) };
    return withQualifiers(whole(words), season.approximate, season.uncertain);
  }
  const range = plainRange(value);
  if (range !== null) {
    const { approximate, uncertain } = edtfInterval(value);
    return withQualifiers(plainRangeWords(range), approximate, uncertain);
  }
  return grammarWords(value);
}

/** The words as the library's parse gives them, plain or not: what the plain paths are held to. */
export function grammarWords(value: string): string {
  const parsed = parseEdtf(value);
  if (parsed === null) return `unreadable date (${value})`;
  const { approximate, uncertain } = edtfInterval(value);
  return withQualifiers(valueWords(parsed), approximate, uncertain);
}

function withQualifiers(words: string, approximate: boolean, uncertain: boolean): string {
  if (approximate && uncertain) return `${words}, approximately and uncertain`;
  if (approximate) return `${words}, approximately`;
  if (uncertain) return `${words}, uncertain`;
  return words;
}

function plainWords({ year, month, day }: PlainDate): Words {
  if (month === undefined) return { lead: "", year: yearWords(year) };
  if (day === undefined) return { lead: MONTHS[month] ?? "", year: yearWords(year) };
  return { lead: `${day} ${MONTHS[month] ?? ""}`, year: yearWords(year) };
}

/** valueWords() for an Interval, on plain ends. */
function plainRangeWords({ lower, upper }: PlainRange): string {
  const from = typeof lower === "string" ? null : lower;
  const to = typeof upper === "string" ? null : upper;
  if (from && to) return rangeWordsOf(from, to, plainWords(from), plainWords(to));
  if (from)
    return upper === "unknown"
      ? `from ${whole(plainWords(from))} (end unknown)`
      : `${whole(plainWords(from))} or later`;
  if (to)
    return lower === "unknown"
      ? `until ${whole(plainWords(to))} (start unknown)`
      : `by ${whole(plainWords(to))}`;
  return "date unknown";
}

function valueWords(value: Edtf): string {
  const { Interval, List, Set: ExtSet } = edtfGrammar();
  if (value instanceof Interval) {
    const { lower, upper } = value;
    const from = typeof lower === "object" && lower !== null ? lower : null;
    const to = typeof upper === "object" && upper !== null ? upper : null;
    if (from && to) return rangeWords(from, to);
    if (from)
      return upper === null
        ? `from ${whole(pointWords(from))} (end unknown)`
        : `${whole(pointWords(from))} or later`;
    if (to)
      return lower === null
        ? `until ${whole(pointWords(to))} (start unknown)`
        : `by ${whole(pointWords(to))}`;
    return "date unknown";
  }
  if (value instanceof List) {
    // A consecutive range in a set (`[2016..2018]`) reads as a range: "one of 2016 – 2018".
    const each = value.values.map((member) =>
      isRange(member) ? rangeWords(member[0], member[1]) : whole(pointWords(member)),
    );
    if (value.earlier && each.length === 1) return `on or before ${each[0]}`;
    if (value.later && each.length === 1) return `on or after ${each[0]}`;
    return value instanceof ExtSet ? `one of ${each.join(" or ")}` : each.join(" and ");
  }
  return whole(pointWords(value));
}

function pointWords(value: ExtDate | Season | Year): Words {
  const { Season, Year } = edtfGrammar();
  if (value instanceof Year) return { lead: "", year: yearWords(value.year) };
  if (value instanceof Season) return seasonWords(value);
  const interval = edtfInterval(value.toEDTF());
  // Unspecified digits (201X, 2016-05-XX) are a span: say the span, not the digits.
  if (value.unspecified.value !== 0) return spanWords(interval.earliest, interval.latest);
  const [year, month = 0, day = 1] = value.values as [number, number?, number?];
  if (value.precision === 1) return { lead: "", year: yearWords(year) };
  if (value.precision === 2) return { lead: MONTHS[month] ?? "", year: yearWords(year) };
  return { lead: `${day} ${MONTHS[month] ?? ""}`, year: yearWords(year) };
}

function seasonWords(value: Season): Words {
  const code = value.season;
  if (code >= 21 && code <= 32) {
    const index = code <= 24 ? code - 21 : code <= 28 ? code - 25 : code - 29;
    const hemisphere = code <= 24 ? "" : code <= 28 ? " (northern hemisphere)" : " (southern hemisphere)";
    return { lead: `${SEASONS[index] ?? ""}${hemisphere}`, year: yearWords(value.year) };
  }
  const { earliest, latest } = edtfInterval(value.toEDTF());
  return spanWords(earliest, latest);
}

/** A span of whole months in words: "late 2016" for October–December, "April–June 2016", "2010–2019". */
function spanWords(earliest: number, latest: number): Words {
  const from = new Date(earliest);
  const to = new Date(latest + 1);
  const year = from.getUTCFullYear();
  const months = (to.getUTCFullYear() - year) * 12 + to.getUTCMonth() - from.getUTCMonth();
  const startMonth = from.getUTCMonth();
  if (from.getUTCDate() !== 1 || to.getUTCDate() !== 1) {
    return {
      lead: `${from.getUTCDate()} ${MONTHS[startMonth]} ${yearWords(year)} –`,
      year: dayWords(latest),
    };
  }
  if (months % 12 === 0 && startMonth === 0) {
    return months === 12
      ? { lead: "", year: yearWords(year) }
      : { lead: "", year: `${yearWords(year)}–${yearWords(year + months / 12 - 1)}` };
  }
  if (months === 3 && startMonth === 0) return { lead: "early", year: yearWords(year) };
  if (months === 3 && startMonth === 9) return { lead: "late", year: yearWords(year) };
  if (months === 6 && startMonth === 0) return { lead: "the first half of", year: yearWords(year) };
  if (months === 6 && startMonth === 6) return { lead: "the second half of", year: yearWords(year) };
  if (months === 1) return { lead: MONTHS[startMonth] ?? "", year: yearWords(year) };
  const last = new Date(latest);
  if (last.getUTCFullYear() === year) {
    return { lead: `${MONTHS[startMonth]}–${MONTHS[last.getUTCMonth()]}`, year: yearWords(year) };
  }
  return {
    lead: `${MONTHS[startMonth]} ${yearWords(year)} –`,
    year: `${MONTHS[last.getUTCMonth()]} ${yearWords(last.getUTCFullYear())}`,
  };
}

function rangeWords(from: ExtDate | Season | Year, to: ExtDate | Season | Year): string {
  const { Date: ExtDate } = edtfGrammar();
  const months =
    from instanceof ExtDate && to instanceof ExtDate && from.precision === 2 && to.precision === 2
      ? { earliest: edtfInterval(from.toEDTF()).earliest, latest: edtfInterval(to.toEDTF()).latest }
      : null;
  return joinRange(pointWords(from), pointWords(to), months);
}

/** rangeWords() on plain dates. */
function rangeWordsOf(from: PlainDate, to: PlainDate, a: Words, b: Words): string {
  const months =
    from.month !== undefined && from.day === undefined && to.month !== undefined && to.day === undefined
      ? { earliest: plainInterval(from).earliest, latest: plainInterval(to).latest }
      : null;
  return joinRange(a, b, months);
}

/** Two ends in words; `months`, when both ends are months, may name the span instead. */
function joinRange(a: Words, b: Words, months: { earliest: number; latest: number } | null): string {
  // A range that is exactly a named span (a quarter, a half, a year) reads better by that name.
  if (months) {
    const named = spanWords(months.earliest, months.latest);
    if (!named.lead.includes("–")) return whole(named);
  }
  if (a.year === b.year && a.lead && b.lead) return `${a.lead} – ${b.lead} ${b.year}`;
  return `${whole(a)} – ${whole(b)}`;
}

function dayWords(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${yearWords(date.getUTCFullYear())}`;
}
