import { boundedCache, memoizeByText } from "./memoizeByText.ts";
import { plainDateKey } from "./plainDateKey.ts";

/**
 * memoizeByText() for a function of a date's text, with plain ISO dates (most of any dataset) remembered by
 * plainDateKey() instead of by text: a number hashes at once, a fresh string from JSON.parse character by
 * character. Every other text goes through memoizeByText(). Same results, same bound.
 */
export function memoizeDates<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const byText = memoizeByText(compute, limit);
  const byKey = boundedCache<number, string, T>(limit);
  return (text) => {
    const key = plainDateKey(text);
    return key < 0 ? byText(text) : byKey(key, text, compute);
  };
}
