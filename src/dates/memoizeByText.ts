/**
 * A function of text, remembered by its argument: datasets repeat their dates, and parsing or wording one
 * costs far more than a lookup. The cache starts over once it holds `limit` entries, so that it stays bounded.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
