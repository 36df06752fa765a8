import { memoizeByText } from "./memoizeByText.ts";
import { plainDateKey } from "./plainDateKey.ts";

/**
 * memoizeByText() for a function of a date's text, with plain ISO dates (most of any dataset) remembered by
 * plainDateKey() instead of by text: a number hashes at once, a fresh string from JSON.parse character by
 * character. Every other text goes through memoizeByText(). Same results, same bound.
 */
export function memoizeDates<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const byText = memoizeByText(compute, limit);
  const byKey = new Map<number, T>();
  return (text) => {
    const key = plainDateKey(text);
    if (key < 0) return byText(text);
    const hit = byKey.get(key);
    if (hit !== undefined || byKey.has(key)) return hit as T;
    const value = compute(text);
    if (byKey.size >= limit) byKey.clear();
    byKey.set(key, value);
    return value;
  };
}
