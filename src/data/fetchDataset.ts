import { DatasetError } from "./DatasetError.ts";
import { parseDatasetText, type ParsedDataset } from "./parseDataset.ts";

/** Fetches a dataset and validates it at the boundary: what comes back can be trusted. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<ParsedDataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(`Could not load ${url}: the network request failed.`, true);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DatasetError(`Could not load ${url}: the server answered ${status}.`, true);
  }
  return parseDatasetText(await response.text());
}
