/**
 * A bounded cache: `get(key, arg, compute)` gives the value remembered for the key, or `compute(arg)`,
 * remembered. The argument is passed, not closed over: a closure made for every lookup, hit or miss, was
 * about an eighth of the date tests' time at 100k events (in Node). It starts over once it holds `limit`
 * entries, so that it stays bounded.
 */
export function boundedCache<K, A, T>(limit: number): (key: K, arg: A, compute: (arg: A) => T) => T {
  const cache = new Map<K, T>();
  return (key, arg, compute) => {
    // One lookup for a hit (most calls): has() only when the value remembered may be undefined.
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = compute(arg);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/**
 * A function of text, remembered by its argument: datasets repeat their dates, and parsing or wording one
 * costs far more than a lookup.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const cached = boundedCache<string, string, T>(limit);
  return (text) => cached(text, text, compute);
}
