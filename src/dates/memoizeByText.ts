/**
 * A function of text, remembered by its argument: datasets repeat their dates, and parsing or wording one
 * costs far more than a lookup. The cache starts over once it holds `limit` entries, so that it stays bounded.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    // One lookup for a hit (most calls): has() only when the value remembered may be undefined.
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
