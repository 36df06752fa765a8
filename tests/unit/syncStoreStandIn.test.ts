import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { useSyncExternalStore } from "react";
import { describe, expect, it } from "vitest";
import { useSyncExternalStore as standIn } from "../../src/reactSyncExternalStore.ts";

// The production build gives wouter React's own useSyncExternalStore instead of the shim it imports
// (vite.config.ts, STAND_INS). These read the shim and wouter as installed: an update that makes the shim do
// more than hand back React's hook, or wouter import it by another path, fails here.
const require = createRequire(import.meta.url);

describe("the build's stand-in for the use-sync-external-store shim", () => {
  it("is React's own hook, which is what the shim hands back on this React", () => {
    const shim = require("use-sync-external-store/shim/index.js") as { useSyncExternalStore: unknown };
    expect(standIn).toBe(useSyncExternalStore);
    expect(shim.useSyncExternalStore).toBe(useSyncExternalStore);
  });

  it("replaces the shim by the very path wouter imports it by", () => {
    // wouter's own modules, beside its entry (its exports map names none of them).
    const wouterFile = join(dirname(require.resolve("wouter")), "use-sync-external-store.js");
    expect(readFileSync(wouterFile, "utf8")).toContain('from "use-sync-external-store/shim/index.js"');
    expect(readFileSync("vite.config.ts", "utf8")).toContain(
      'source: "use-sync-external-store/shim/index.js"',
    );
  });
});
