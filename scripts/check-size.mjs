// npm run check:size — the JavaScript the page needs before its first draw must stay within budget. Size
// does not depend on the machine, so this is a test; speed is the benchmark's (npm run bench).
//
// In KiB (1024 bytes) of gzip -9, as the benchmark prints them:
// - default (what `npm test` runs): issue 10's definition, every script (workers' included) whose request
//   starts before the chart's first draw, measured in Chromium on the bundled dataset
//   (scripts/initialJsInBrowser.mjs, the bench's own measurement); budget 130 KiB.
// - `--html`: the older, static definition, what dist/index.html names (its module script and
//   modulepreloads), read from the files; budget 130 KiB as well. No browser needed.
import { existsSync } from "node:fs";
import { initialJs } from "./initialJs.mjs";

const browser = !process.argv.includes("--html");
const BUDGET_KIB = 130;
if (!existsSync("dist/index.html")) {
  console.error("check:size needs the production build: run `npm run build` first.");
  process.exit(1);
}
const kib = (bytes) => (bytes / 1024).toFixed(1);
let gzipBytes;
if (browser) {
  const { measureInitialJs } = await import("./initialJsInBrowser.mjs");
  const measured = await measureInitialJs("dist");
  for (const f of measured.files) console.log(`  ${f.url}: ${kib(f.encodedBytes)} KiB gzip`);
  console.log(`  first draw ${Math.round(measured.firstDraw)} ms after navigation start`);
  gzipBytes = measured.bytes;
} else {
  const measured = initialJs("dist");
  for (const f of measured.files)
    console.log(`  ${f.url}: ${kib(f.bytes)} KiB, ${kib(f.gzipBytes)} KiB gzip`);
  gzipBytes = measured.gzipBytes;
}
const ok = gzipBytes <= BUDGET_KIB * 1024;
console.log(
  `check:size ${browser ? "JavaScript fetched before the first draw" : "initial JavaScript"} ` +
    `${kib(gzipBytes)} KiB gzip (budget ${BUDGET_KIB} KiB): ${ok ? "ok" : "OVER BUDGET"}`,
);
process.exit(ok ? 0 : 1);
