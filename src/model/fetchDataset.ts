import { DatasetError } from "../data/DatasetError.ts";
import { printable } from "../data/printable.ts";
import type { PreparedDataset } from "./prepareDataset.ts";

/** Larger datasets are refused before parsing: the page would stall on them. */
export const MAX_DATASET_BYTES = 40 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Fetches a dataset and validates it at the boundary: what comes back can be trusted. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  // The validator and the date parser load while the data downloads: the page's first script stays small.
  const preparing = import("./prepareDataset.ts");
  preparing.catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(`Could not load ${printable(url, 200)}: the network request failed.`, true);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DatasetError(`Could not load ${printable(url, 200)}: the server answered ${status}.`, true);
  }
  const declared = Number(response.headers.get("Content-Length") ?? NaN);
  if (declared > MAX_DATASET_BYTES) throw tooLarge(url, declared);
  const text = await response.text();
  // Length in UTF-16 units is at most the byte count, so this refuses nothing under the limit.
  if (text.length > MAX_DATASET_BYTES) throw tooLarge(url, text.length);
  const { prepareDataset } = await preparing;
  return prepareDataset(text);
}

function tooLarge(url: string, bytes: number): DatasetError {
  return new DatasetError(
    `${printable(url, 200)} is ${megabytes(bytes)}; datasets over ${megabytes(MAX_DATASET_BYTES)} are refused, since the page would stall on them.`,
  );
}
