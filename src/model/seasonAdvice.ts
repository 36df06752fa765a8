import { printable } from "../data/printable.ts";

/** Roman numerals to XXXIX: a season written as a title writes it ("Season II"). */
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/i;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** A Roman numeral's value (`iv` is 4); null for anything else, and for an empty one. */
function romanValue(written: string): number | null {
  if (written === "" || !ROMAN.test(written)) return null;
  const digits = [...written.toLowerCase()].map((digit) => ROMAN_DIGITS[digit] ?? 0);
  return digits.reduce((sum, digit, d) => sum + (digit < (digits[d + 1] ?? 0) ? -digit : digit), 0);
}

/** Words an author writes for a show of one season, whose season cell the format leaves empty. */
const NO_SEASON = /^(-+|–|—|n\/?a|none|limited( series)?|mini-?series|miniseries|one-?off|special)$/i;

/**
 * A season cell the check refused, written as an author might ("S2", "Season 2", "2nd", "II", "Limited"):
 * what it is refused for and the exact fix, `write 2`, or to leave it empty for a miniseries. Null for a
 * cell that says no one season ("2.5", "1-2"): the column's own words say what it takes.
 */
export function seasonAdvice(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const not = `must be a whole number of 1 or more, not "${printable(value)}"`;
  if (NO_SEASON.test(value.trim())) return `${not}: leave it empty for a miniseries`;
  const [prefix = ""] = /^(season|series|se|s|no\.?|#)\s*[.:#-]?\s*/i.exec(value.trim()) ?? [];
  const number = value
    .trim()
    .slice(prefix.length)
    .replace(/\s*(season|series)$/i, "");
  const digits = /^0*([1-9]\d*)(st|nd|rd|th)?$/i.exec(number)?.[1];
  // A numeral after a bare S ("Sx") is more likely a typo than a season written in Roman.
  const roman = /^s/i.test(prefix) && prefix.trim().length === 1 ? null : romanValue(number);
  const season = digits === undefined ? roman : Number(digits);
  return season === null || season < 1 ? null : `${not}: write ${season}`;
}
