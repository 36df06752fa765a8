// Runs the browser tests, after checking for Chromium so that its absence is one clear sentence.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `The browser tests need Chromium at ${chromium}: install it with \`apt-get install chromium\` ` +
      "or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}
if (!existsSync("dist/index.html")) {
  console.error("The browser tests run against the production build: run `npm run build` first.");
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
