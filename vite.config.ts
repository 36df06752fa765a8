/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./scripts/contentSecurityPolicy.ts";

/** Puts the CSP into the built page. Not in dev: Vite's hot reload needs inline script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/** The dataset size cap (MB) of the benchmark's build, which loads a million events (about 200 MB). */
export const BENCH_MAX_DATASET_MB = 512;

/**
 * `vite build --mode bench` (the benchmark's build, in dist-bench/) raises the dataset cap; every other
 * build keeps MAX_DATASET_MB's default (src/model/fetchDataset.ts).
 */
function benchSettings(): Plugin {
  return {
    name: "bench-settings",
    config: (_, { mode }) =>
      mode === "bench" ? { define: { __MAX_DATASET_MB__: String(BENCH_MAX_DATASET_MB) } } : {},
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), benchSettings()],
  build: { target: "es2022" },
  // The production build as served: headers a meta tag cannot set (frame-ancestors).
  preview: { headers: { ...SECURITY_HEADERS } },
  test: {
    environment: "jsdom",
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup.ts"],
    // Room for a busy machine (waits, not assertions of speed); findBy* waits up to 5 s.
    testTimeout: 15_000,
    // Dates in tests are built with Date.UTC; the zone is pinned so local-time bugs cannot hide.
    env: { TZ: "UTC" },
  },
});
