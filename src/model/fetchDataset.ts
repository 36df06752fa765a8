import { DatasetError } from "../data/DatasetError.ts";
import { printable } from "../data/printable.ts";
import type { PreparedDataset } from "./prepareDataset.ts";

/**
 * The dataset size cap, in MB of 2^20 bytes: larger datasets are refused before parsing, since the page
 * would stall on them. A build setting, 40 by default; only the benchmark's own build (`vite build --mode
 * bench`, see vite.config.ts) raises it, to load a million events. Never read from the URL or the page: a
 * link must not be able to lift it.
 */
export const MAX_DATASET_MB = typeof __MAX_DATASET_MB__ === "number" ? __MAX_DATASET_MB__ : 40;
export const MAX_DATASET_BYTES = MAX_DATASET_MB * 1024 * 1024;

/**
 * The mark set each time a fetched dataset has been prepared (parsed, checked, laid out in items): with the
 * first-draw mark, it shows where a load's time went (the benchmark's traces and a browser test read it).
 */
export const DATASET_PREPARED_MARK = "timeline:dataset-prepared";

/** A request that sends no bytes for this long has stalled; a slow download that keeps moving has not. */
export const STALL_MS = 15_000;

/** JSON first; a spreadsheet is read too (isSheet). */
const ACCEPT = "application/json, text/csv;q=0.9, text/tab-separated-values;q=0.9";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Fetches a dataset and validates it at the boundary: what comes back can be trusted. `onLength` hears the
 * size the server declares (Content-Length), as soon as the headers arrive.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  onLength?: (bytes: number) => void,
): Promise<PreparedDataset> {
  const watchdog = new Watchdog(signal);
  // The request first: nothing below is needed before its answer.
  const responding = fetch(url, { signal: watchdog.signal, headers: { Accept: ACCEPT } });
  // The validator and the date parser load while the data downloads: the page's first script stays small.
  const preparing = import("./prepareDataset.ts");
  preparing.catch(() => undefined);
  const shown = printable(url, 200);
  try {
    let response: Response;
    try {
      response = await responding;
    } catch (error) {
      if (watchdog.stalled) throw stalled(shown);
      if (signal?.aborted) throw error;
      throw new DatasetError(`Could not load ${shown}: the network request failed.`, true);
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new DatasetError(`Could not load ${shown}: the server answered ${status}.`, true);
    }
    const declared = Number(response.headers.get("Content-Length") ?? NaN);
    if (declared > MAX_DATASET_BYTES) throw tooLarge(shown, declared);
    if (declared > 0) onLength?.(declared);
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(response, watchdog, shown, declared);
    } catch (error) {
      if (watchdog.stalled) throw stalled(shown);
      throw error;
    }
    if (bytes.length > MAX_DATASET_BYTES) throw tooLarge(shown, bytes.length);
    const prepared = isSheet(url, response.headers.get("Content-Type"))
      ? await import("./prepareSheet.ts").then(({ prepareSheet }) => prepareSheet(shown, bytes))
      : await preparing.then(async ({ prepareDatasetText }) => prepareDatasetText(await jsonText(bytes)));
    performance.mark(DATASET_PREPARED_MARK);
    return prepared;
  } finally {
    watchdog.stop();
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A JSON file's text, read as a file opened on the page is read: UTF-8, nearly always, decoded here at once;
 * else by its reader (UTF-16 by its byte order mark, as Windows' Notepad saves "Unicode", or Windows-1252),
 * which loads only then. Decoded as UTF-8 whatever it was, UTF-16 was no JSON at all, and a Windows-1252
 * file's accented letters each became "�" without a word.
 */
async function jsonText(bytes: Uint8Array): Promise<string> {
  try {
    return UTF8.decode(bytes);
  } catch {
    // Not UTF-8 (nor is UTF-16's byte order mark, FF FE or FE FF): read as an opened file is.
    const { decodeFileText } = await import("./decodeFileText.ts");
    return decodeFileText(bytes).text;
  }
}

/** Aborts the request once no bytes have come for STALL_MS; every chunk that arrives starts the wait over. */
class Watchdog {
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  stalled = false;

  constructor(outer?: AbortSignal) {
    if (outer?.aborted) this.#controller.abort(outer.reason);
    outer?.addEventListener("abort", () => this.#controller.abort(outer.reason), { once: true });
    this.alive();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  alive(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.stalled = true;
      this.#controller.abort(new DOMException("stalled", "AbortError"));
    }, STALL_MS);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * A spreadsheet, read by the CSV reader rather than as JSON: by its name (.csv, or .tsv as Google Sheets
 * names its tab-separated download), or, when the name says neither (.json), by the type the server gives.
 */
function isSheet(url: string, type: string | null): boolean {
  const extension = /\.(csv|tsv|json)$/i.exec(url.replace(/[?#].*$/s, ""))?.[1]?.toLowerCase();
  if (extension !== undefined) return extension !== "json";
  return /^\s*text\/(csv|tab-separated-values)\s*(;|$)/i.test(type ?? "");
}

/**
 * The body's bytes, read chunk by chunk, so that the watchdog sees progress and an oversized body stops
 * early. They are gathered in one buffer (sized by Content-Length when the server gives it) and decoded
 * once: decoding each chunk and joining the pieces cost the page's main thread about three times as much.
 */
async function readBytes(
  response: Response,
  watchdog: Watchdog,
  shown: string,
  declared: number,
): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const abort = () => void reader.cancel().catch(() => undefined);
  watchdog.signal.addEventListener("abort", abort, { once: true });
  // A compressed body outgrows its Content-Length: the buffer then grows.
  let buffer = new Uint8Array(declared > 0 && declared <= MAX_DATASET_BYTES ? declared : 1 << 20);
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (watchdog.signal.aborted) throw watchdog.signal.reason;
      if (done) break;
      watchdog.alive();
      if (bytes + value.byteLength > MAX_DATASET_BYTES) {
        abort();
        throw tooLarge(shown, bytes + value.byteLength);
      }
      if (bytes + value.byteLength > buffer.length) {
        const grown = new Uint8Array(
          Math.min(MAX_DATASET_BYTES, Math.max(2 * buffer.length, bytes + value.byteLength)),
        );
        grown.set(buffer.subarray(0, bytes));
        buffer = grown;
      }
      buffer.set(value, bytes);
      bytes += value.byteLength;
    }
  } finally {
    watchdog.signal.removeEventListener("abort", abort);
  }
  return buffer.subarray(0, bytes);
}

function stalled(shown: string): DatasetError {
  return new DatasetError(
    `Nothing arrived from ${shown} for ${STALL_MS / 1000} seconds: the server or the connection has stalled.`,
    true,
  );
}

function tooLarge(shown: string, bytes: number): DatasetError {
  return new DatasetError(
    `${shown} is ${megabytes(bytes)}; datasets over ${megabytes(MAX_DATASET_BYTES)} are refused, since the page would stall on them.`,
  );
}
