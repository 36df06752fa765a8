// The one place that says which Chromium the browser tests and the benchmark drive, and how.
// Playwright cannot download browsers here: Debian's Chromium, unless CHROMIUM_PATH names another.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const MISSING_CHROMIUM =
  `The browser tests need Chromium at ${chromiumPath}: install it with \`apt-get install chromium\` ` +
  "or point CHROMIUM_PATH at a Chromium binary.";

export const hasChromium = () => existsSync(chromiumPath);

/** Root cannot use the sandbox; the rest keeps Chromium from calling out of this closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
