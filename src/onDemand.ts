/** A module (or a part of one) fetched when first needed and kept for the page. */
export interface OnDemand<T> {
  /** Fetches it, once: every call gives the same promise, until a failed download, which is tried again. */
  readonly load: () => Promise<T>;
  /** It, once it has arrived; null before. */
  readonly loaded: () => T | null;
}

/** `fetch` (a dynamic import) run on first need, its result kept: see OnDemand. */
export function onDemand<T>(fetch: () => Promise<T>): OnDemand<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= fetch().then(
        (arrived) => (value = arrived),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => value,
  };
}
