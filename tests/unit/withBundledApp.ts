import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, vi } from "vitest";

const bundled = readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8");

/**
 * For tests of the whole app on the bundled dataset: fetch answers with it, the page starts at `path`, and
 * animation frames run at once (the chart measures its scrolled rows in one; jsdom's are slow to come).
 */
export function withBundledApp(path = "/"): void {
  beforeEach(() => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(bundled)),
    );
    window.history.replaceState(null, "", path);
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
      callback(0);
      return 0;
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
