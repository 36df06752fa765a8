import { existsSync } from "node:fs";

/** Debian's Chromium unless CHROMIUM_PATH names another; Playwright cannot download browsers here. */
export const chromiumPath = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";

export const MISSING_CHROMIUM =
  `The browser tests need Chromium at ${chromiumPath}: install it with \`apt-get install chromium\` ` +
  "or point CHROMIUM_PATH at a Chromium binary.";

export const hasChromium = () => existsSync(chromiumPath);
