// Initial JS as the browser sees it: every script whose request started before the first draw, the page's,
// its workers' and those they import, by body size as received (the bench server gzips scripts at level 9,
// so: gzip size). Shared by the benchmark (scripts/bench/measure.mjs) and `npm run check:size`.
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { startServer } from "./bench/server.mjs";

/** The mark the chart sets when it first draws an item (TimelineChart; the bench reads it too). */
export const FIRST_DRAW_MARK = "timeline:first-draw";
/** The mark ours sets once all the chart's rows are laid out (its first draw may lay out only those in view). */
export const ALL_ROWS_MARK = "timeline:all-rows";

/** Every response: when it was requested (epoch ms), its type, and its body size as sent (encoded). */
export function recordResponses(context, origin) {
  const responses = [];
  const outside = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
  });
  context.on("requestfinished", (request) => {
    responses.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        // Chromium reports 0 bytes for a worker's main script: its Content-Length (as sent) says it then.
        const declared = Number((await response?.headerValue("content-length")) ?? NaN);
        return {
          url: request.url().replace(origin, ""),
          type: request.resourceType(),
          contentType: (await response?.headerValue("content-type")) ?? "",
          startedAt: request.timing().startTime,
          encodedBytes: sizes.responseBodySize > 0 || !(declared > 0) ? sizes.responseBodySize : declared,
        };
      })().catch(() => null),
    );
  });
  return { responses, outside };
}

/**
 * Initial JS: every script whose request started before the first draw (the page's, its workers', those
 * it imports), with its body size as sent (the server gzips scripts: so its gzip size).
 */
export async function initialScripts(responses, timeOrigin, firstDraw) {
  const done = (await Promise.all(responses)).filter(Boolean);
  const scripts = done.filter(
    (r) => /javascript/.test(r.contentType) && r.startedAt - timeOrigin <= firstDraw + 1,
  );
  return {
    bytes: scripts.reduce((sum, r) => sum + r.encodedBytes, 0),
    files: scripts.map((r) => ({ url: r.url, encodedBytes: r.encodedBytes })),
  };
}

/**
 * Loads `dist`'s page in Chromium through the bench's gzipping server and resolves to its initial JS:
 * { bytes, files: [{ url, encodedBytes }], firstDraw } (ms since navigation start). `dataset`: a file in
 * `dataDir` for the page to open (`?data=/bench-data/<file>`); without it, the bundled dataset.
 */
export async function measureInitialJs(dist, { timeoutMs = 60_000, dataDir = dist, dataset = null } = {}) {
  const { chromium } = await import("@playwright/test");
  const server = await startServer({ dist, dataDir, peers: {}, floor: null });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      serviceWorkers: "block",
    });
    const { responses, outside } = recordResponses(context, server.origin);
    const page = await context.newPage();
    const query = dataset ? `?data=${encodeURIComponent(`/bench-data/${dataset}`)}` : "";
    await page.goto(`${server.origin}/${query}`, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false,
      FIRST_DRAW_MARK,
      { polling: 50, timeout: timeoutMs },
    );
    const firstDraw = await handle.jsonValue();
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    // Requests that start in the same moment as the mark finish arriving after it.
    await page.waitForLoadState("networkidle");
    const js = await initialScripts(responses, timeOrigin, firstDraw);
    if (outside.length) throw new Error(`the page asked for other origins: ${outside.join(", ")}`);
    return { ...js, firstDraw };
  } finally {
    await browser.close();
    await server.close();
  }
}
