import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

describe("the browser-test runner", () => {
  it("says in one sentence that Chromium is missing, and fails, without a stack trace", () => {
    const run = spawnSync(process.execPath, [resolve(import.meta.dirname, "../../scripts/e2e.mjs")], {
      env: { ...process.env, CHROMIUM_PATH: "/nowhere/chromium" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      "The browser tests need Chromium at /nowhere/chromium: install it with `apt-get install chromium` " +
        "or point CHROMIUM_PATH at a Chromium binary.",
    );
  });
});
