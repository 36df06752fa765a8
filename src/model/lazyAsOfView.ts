import type { Dataset } from "../data/schema.ts";
import type * as AsOfViewModule from "./asOfView.ts";
import type { AsOfView } from "./asOfView.ts";
import { settledDay } from "./settledDay.ts";
import type { TimelineItem } from "./timelineItems.ts";

/** A dataset as known on any day, whose reader of claims (asOfView.ts) loads when a day first needs it. */
export interface LazyAsOfView {
  /** The view of a day (UTC ms; Infinity: how it turned out); null while the reader it needs is loading. */
  readonly view: (day: number) => AsOfView | null;
  /** Loads the reader (once for the page): the views of every day, the same function each time. */
  readonly load: () => Promise<(day: number) => AsOfView>;
}

// The reader of claims (about 1.5 kB gzip with what it imports) is not fetched before the first draw of
// a dataset whose citations carry no claim or outcome (every synthetic one): drawn as it is, it needs none
// of it. A dataset that does carry them loads it before it is shown (firstViewLoaded, prepareDataset.ts).
let reader: typeof AsOfViewModule | null = null;
let loading: Promise<typeof AsOfViewModule> | null = null;

/** Loads the reader of claims; a failed download is tried again next time. */
export function loadAsOfReader(): Promise<typeof AsOfViewModule> {
  loading ??= import("./asOfView.ts").then(
    (module) => (reader = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * asOfView() of a dataset, made once the reader has loaded; until then a day on or after the dataset has
 * settled (settledDay) is the dataset itself, and any other day is null.
 */
export function lazyAsOfView(dataset: Dataset, items: readonly TimelineItem[]): LazyAsOfView {
  const settled = settledDay(dataset);
  const whole: AsOfView = { dataset, items, overlays: new Map() };
  let views: ((day: number) => AsOfView) | null = null;
  let loaded: Promise<(day: number) => AsOfView> | null = null;
  const made = (module: typeof AsOfViewModule) => (views ??= module.asOfView(dataset, items, settled));
  return {
    view: (day) => {
      if (settled !== null && day >= settled) return whole;
      return reader ? made(reader)(day) : null;
    },
    // The same promise every time: a render waiting on it (React's use) finds it settled when it resumes.
    load: () =>
      (loaded ??= loadAsOfReader().then(made, (error: unknown) => {
        loaded = null;
        throw error;
      })),
  };
}
