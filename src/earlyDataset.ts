import { datasetUrl } from "./data/datasetUrl.ts";
import { fetchDataset } from "./model/fetchDataset.ts";
import type { PreparedDataset } from "./model/prepareDataset.ts";

/** A dataset whose download has started: the page's query takes it over (startApp). */
export interface EarlyDataset {
  readonly url: string;
  readonly prepared: Promise<PreparedDataset>;
  /** The dataset once it is ready (undefined before, or when it failed). */
  readonly ready: () => PreparedDataset | undefined;
  /**
   * Its size as the server declares it, once the response begins; never settles when it declares none (or
   * the request fails first). A promise, since the headers may come before or after the app has started.
   */
  readonly declared: Promise<number>;
}

/**
 * The page's dataset (`?data=`, or the bundled one), its download started as this module is evaluated:
 * by the page's first script (main.tsx), before the app is even loaded. A refused URL starts nothing: the
 * page says why.
 */
function start(): EarlyDataset | null {
  const target = datasetUrl(new URLSearchParams(window.location.search).get("data"), window.location.href);
  if (target.error !== undefined) return null;
  let declare: (bytes: number) => void = () => undefined;
  const declared = new Promise<number>((resolve) => (declare = resolve));
  const prepared = fetchDataset(target.url, undefined, declare);
  let ready: PreparedDataset | undefined;
  // A failure can come before the app has loaded to take it over: it is the page's to show, not an
  // unhandled rejection.
  prepared.then(
    (dataset) => (ready = dataset),
    () => undefined,
  );
  return { url: target.url, prepared, ready: () => ready, declared };
}

export const earlyDataset = start();
