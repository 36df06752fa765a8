// npm run check:size — the JavaScript the page needs before its first draw must stay within budget. Size
// does not depend on the machine, so this is a test; speed is the benchmark's (npm run bench).
//
// Budget: issue 10's 130 KB gzip, read in its own units (1 KB = 1,000 bytes: its peer figures, vis-timeline
// 156 KB and dhtmlx-gantt 179 KB, are those units), so 130,000 bytes of gzip -9; KiB are printed beside.
// - default (what `npm test` runs): issue 10's definition, every script (workers' included) whose request
//   starts before the chart's first draw, measured in Chromium (scripts/initialJsInBrowser.mjs, the bench's
//   own measurement), on two pages: the bundled dataset (an SVG chart) and a generated 6,000-event dataset
//   (over the canvas threshold, so the canvas renderer's chunk counts too).
// - `--html`: the older, static definition, what dist/index.html names (its module script and
//   modulepreloads), read from the files. No browser needed.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetJson } from "./bench/generate.mjs";
import { chunkNames } from "./chunkNames.mjs";
import { initialJs } from "./initialJs.mjs";

const browser = !process.argv.includes("--html");
const BUDGET_BYTES = 130_000;
/** Over CANVAS_THRESHOLD (src/chart/markRenderer.ts): the chart paints its marks on a canvas. */
const CANVAS_EVENTS = 6_000;
if (!existsSync("dist/index.html")) {
  console.error("check:size needs the production build: run `npm run build` first.");
  process.exit(1);
}
const names = chunkNames("dist");
/** A file's URL, with its chunk's name when the file is named by its hash alone. */
const named = (url) => {
  const name = names.get(url.replace(/^\//, ""));
  return name && !url.includes(name) ? `${url} (${name})` : url;
};
const sizes = (bytes) => `${(bytes / 1000).toFixed(1)} kB (${(bytes / 1024).toFixed(1)} KiB)`;

/** [what was measured, gzip bytes] for each page measured. */
const measured = [];
if (browser) {
  const { measureInitialJs } = await import("./initialJsInBrowser.mjs");
  const dataDir = mkdtempSync(join(tmpdir(), "check-size-"));
  try {
    writeFileSync(join(dataDir, "canvas.json"), datasetJson(CANVAS_EVENTS, 1, 50));
    for (const [what, dataset] of [
      ["the bundled dataset", null],
      [`${CANVAS_EVENTS.toLocaleString("en")} events (canvas)`, "canvas.json"],
    ]) {
      const page = await measureInitialJs("dist", { dataDir, dataset });
      console.log(`${what}: first draw ${Math.round(page.firstDraw)} ms after navigation start`);
      for (const f of page.files) console.log(`  ${named(f.url)}: ${sizes(f.encodedBytes)} gzip`);
      measured.push([`JavaScript fetched before the first draw, ${what}`, page.bytes]);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
} else {
  const page = initialJs("dist");
  for (const f of page.files) console.log(`  ${named(f.url)}: ${sizes(f.gzipBytes)} gzip`);
  measured.push(["initial JavaScript named by index.html", page.gzipBytes]);
}
let ok = true;
for (const [what, bytes] of measured) {
  const within = bytes <= BUDGET_BYTES;
  ok &&= within;
  console.log(
    `check:size ${what}: ${sizes(bytes)} gzip, ${bytes} bytes (budget ${sizes(BUDGET_BYTES)}): ${within ? "ok" : "OVER BUDGET"}`,
  );
}
process.exit(ok ? 0 : 1);
