const DIGIT_0 = 48;
const DASH = 45;

/** The digits of `value` from `at` to `at + count` as a number, or -1 when one is not an ASCII digit. */
function digits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = value.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A number that stands for a text of the plain ISO forms (`2016`, `2016-05`, `2016-05-11`, each with or
 * without one of `~ ? %` after it: exactly what edtfInterval's PLAIN pattern matches), different for each
 * such text; -1 for any other text. Dates are looked up by it: a map keyed by text hashes every fresh
 * string from JSON.parse, and at 100k events that hashing was the biggest single cost of reading dates.
 */
export function plainDateKey(value: string): number {
  let length = value.length;
  const last = value.charCodeAt(length - 1);
  // 0 none, 1 ~, 2 ?, 3 %.
  const qualifier = last === 126 ? 1 : last === 63 ? 2 : last === 37 ? 3 : 0;
  if (qualifier !== 0) length -= 1;
  if (length !== 4 && length !== 7 && length !== 10) return -1;
  const year = digits(value, 0, 4);
  if (year < 0) return -1;
  // Month and day: 0 when absent, else 1 + their two digits (00–99).
  let month = 0;
  let day = 0;
  if (length >= 7) {
    const mm = value.charCodeAt(4) === DASH ? digits(value, 5, 2) : -1;
    if (mm < 0) return -1;
    month = mm + 1;
  }
  if (length === 10) {
    const dd = value.charCodeAt(7) === DASH ? digits(value, 8, 2) : -1;
    if (dd < 0) return -1;
    day = dd + 1;
  }
  return ((year * 101 + month) * 101 + day) * 4 + qualifier;
}
