/**
 * A map built on first use: for lookups that a large dataset's first draw does not need (an item by id, at
 * 100k items, is 100k entries to hash before anything is drawn).
 */
export function lazyMap<K, V>(build: () => Map<K, V>): ReadonlyMap<K, V> {
  return new LazyMap(build);
}

class LazyMap<K, V> implements ReadonlyMap<K, V> {
  #map: Map<K, V> | null = null;
  readonly #build: () => Map<K, V>;

  constructor(build: () => Map<K, V>) {
    this.#build = build;
  }

  get #built(): Map<K, V> {
    return (this.#map ??= this.#build());
  }

  get size(): number {
    return this.#built.size;
  }

  get(key: K): V | undefined {
    return this.#built.get(key);
  }

  has(key: K): boolean {
    return this.#built.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.#built.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[K, V]> {
    return this.#built.entries();
  }

  keys(): MapIterator<K> {
    return this.#built.keys();
  }

  values(): MapIterator<V> {
    return this.#built.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#built[Symbol.iterator]();
  }
}
