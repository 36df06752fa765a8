// npm run check:size — the initial JavaScript of the production build must stay within budget. Size does
// not depend on the machine, so this is a test; speed is the benchmark's (npm run bench).
import { existsSync } from "node:fs";
import { initialJs } from "./initialJs.mjs";

const BUDGET_KB = 110;
if (!existsSync("dist/index.html")) {
  console.error("check:size needs the production build: run `npm run build` first.");
  process.exit(1);
}
const { files, gzipBytes } = initialJs("dist");
const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const f of files) console.log(`  ${f.url}: ${kb(f.bytes)} KB, ${kb(f.gzipBytes)} KB gzip`);
const ok = gzipBytes <= BUDGET_KB * 1024;
console.log(
  `check:size initial JavaScript ${kb(gzipBytes)} KB gzip (budget ${BUDGET_KB} KB): ${ok ? "ok" : "OVER BUDGET"}`,
);
process.exit(ok ? 0 : 1);
