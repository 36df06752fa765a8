// Runs the browser tests, after checking for Chromium so that its absence is one clear sentence.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { hasChromium, MISSING_CHROMIUM } from "./chromium.mjs";

if (!hasChromium()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
if (!existsSync("dist/index.html")) {
  console.error("The browser tests run against the production build: run `npm run build` first.");
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
