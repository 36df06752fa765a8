import type { Dataset } from "../data/schema.ts";
import type * as AsOfViewModule from "./asOfView.ts";
import type { AsOfView } from "./asOfView.ts";
import { onDemand, retryAsks } from "../onDemand.ts";
import { settledDay } from "./settledDay.ts";
import type { TimelineItem } from "./timelineItems.ts";

/** A dataset as known on any day, whose reader of claims (asOfView.ts) loads when a day first needs it. */
export interface LazyAsOfView {
  /** The view of a day (UTC ms; Infinity: how it turned out); null while the reader it needs is loading. */
  readonly view: (day: number) => AsOfView | null;
  /** Loads the reader (once for the page): the views of every day, the same function each time. */
  readonly load: () => Promise<(day: number) => AsOfView>;
  /** Whether even its last day is read through its claims (its citations carry some): no view without it. */
  readonly readsClaims: boolean;
}

// The reader of claims (3.1 kB gzip, one chunk with the as-of rule and the outcome words) is not fetched
// before the first draw of a dataset whose citations carry no claim or outcome (every synthetic one): drawn
// as it is, it needs none of it. A dataset that does carry them loads it before it is shown (firstViewLoaded, prepareDataset.ts).
const reader = onDemand(() => import("./asOfView.ts"));

/** Loads the reader of claims; a failed download is tried again next time. */
export function loadAsOfReader(): Promise<typeof AsOfViewModule> {
  return reader.load();
}

/**
 * asOfView() of a dataset, made once the reader has loaded; until then a day on or after the dataset has
 * settled (settledDay) is the dataset itself, and any other day is null.
 */
export function lazyAsOfView(dataset: Dataset, items: readonly TimelineItem[]): LazyAsOfView {
  const settled = settledDay(dataset);
  const whole: AsOfView = { dataset, items, overlays: new Map() };
  let views: ((day: number) => AsOfView) | null = null;
  const viewsOf = (module: typeof AsOfViewModule) => (views ??= module.asOfView(dataset, items, settled));
  const loading = onDemand(() => reader.load().then(viewsOf));
  let failed: {
    readonly at: number;
    readonly promise: Promise<(day: number) => AsOfView>;
    readonly times: number;
  } | null = null;
  return {
    view: (day) => {
      if (settled !== null && day >= settled) return whole;
      const module = reader.loaded();
      return module ? viewsOf(module)(day) : null;
    },
    // The same promise every time: a render waiting on it (React's use) finds it settled when it resumes.
    // Failed, it is fetched once more when next asked for (the fetch after the first draw may fail unseen),
    // then fails the same way until a reader asks to try again: a render would fetch it without end.
    load: () => {
      if (failed?.at === retryAsks() && failed.times > 1) return failed.promise;
      const promise = loading.load();
      promise.catch(() => {
        // Counted once however many callers waited on it.
        if (failed?.promise === promise) return;
        failed = { at: retryAsks(), promise, times: failed?.at === retryAsks() ? failed.times + 1 : 1 };
      });
      return promise;
    },
    readsClaims: settled === null,
  };
}
