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

/** Counts the times a reader asked to try again (retryViews): a view that failed before the last ask loads anew. */
let asks = 0;

/** "Try again" was asked for (ErrorScreen, ErrorBoundary): each view whose download failed fetches its chunk again. */
export function retryViews(): void {
  asks++;
}

/**
 * How many times a retry was asked for: a download that failed since the last ask waits for the next (a
 * render that asks for it again at once would fetch it without end while the network is down).
 */
export const retryAsks = (): number => asks;
