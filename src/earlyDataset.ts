import { datasetUrl } from "./data/datasetUrl.ts";
import { fetchDataset } from "./model/fetchDataset.ts";

/**
 * The page's dataset (`?data=`, or the bundled one), its download started as this module is evaluated.
 * main.tsx imports it first, so that the request (and the validator's chunk with it) starts before React
 * and the rest of the first script are evaluated, not after. A refused URL starts nothing: the page says
 * why.
 */
const target = datasetUrl(new URLSearchParams(window.location.search).get("data"), window.location.href);
export const earlyDataset =
  target.error === undefined ? { url: target.url, prepared: fetchDataset(target.url) } : null;
