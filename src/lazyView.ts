import { createElement, lazy, type ComponentType } from "react";
import { retryAsks } from "./onDemand.ts";

/**
 * React's `lazy` for a view whose code is a chunk of its own, but a failed download is not kept for good:
 * React's `lazy` throws the same error at every render after one, so "Try again" could never load the view.
 * Here the first render after retryViews() fetches the chunk again (browsers retry a failed import()). Not
 * sooner: React renders the view again at once to throw its error, and a new fetch there would retry
 * without end while the network is down.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().then(
        (view) => ({ default: view }),
        (error: unknown) => {
          failedAt = retryAsks();
          throw error;
        },
      ),
    );
  let view = make();
  let failedAt: number | null = null;
  return (props: P) => {
    if (failedAt !== null && failedAt < retryAsks()) {
      failedAt = null;
      view = make();
    }
    return createElement(view, props);
  };
}
