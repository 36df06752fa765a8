/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { SECURITY_HEADERS, withCspMeta } from "./scripts/contentSecurityPolicy.ts";
import { withEdtfListType } from "./scripts/edtfListType.ts";

/** Puts the CSP into the built page (withCspMeta). Not in dev: Vite's hot reload needs inline script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: { order: "post", handler: withCspMeta },
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

/**
 * The scorecard's symlog axis gets its own copy of d3-scale, and of d3-format which only that copy uses.
 * d3-scale ships as one module, and a module lives in one chunk: shared with the chart, the scorecard's
 * scale would pull tickFormat and d3-format (2.5 KiB gzip) into the first script, which the chart never
 * calls.
 */
function scorecardOwnScale(): Plugin {
  return {
    name: "scorecard-own-scale",
    enforce: "pre",
    apply: "build",
    async resolveId(source, importer, options) {
      const copy =
        (source === "d3-scale" && importer?.endsWith("/src/components/ScorecardPage.tsx")) ||
        (source === "d3-format" && importer?.endsWith("?scorecard"));
      if (!copy) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, id: `${resolved.id}?scorecard` };
    },
  };
}

/**
 * What libraries get instead of some of their imports, in the build only (unit tests run the real ones):
 * - d3-interpolate (the chart's and the scorecard's copy): src/dates/numberInterpolate.ts, interpolators of
 *   numbers only, without d3-color; d3-zoom keeps the real d3-interpolate;
 * - d3-time-format (the chart's copy): src/dates/timeFormatShim.ts, since the chart writes its own date
 *   labels and d3-scale only makes default tick formats it never calls;
 * - TanStack Query's mutation cache and paged-query behaviour: src/model/noMutationCache.ts and
 *   noInfiniteQueries.ts, since the app only fetches (1.6 kB gzip off the first draw's script; a unit test
 *   holds them to what the installed library calls);
 * - the use-sync-external-store shim (wouter's): src/reactSyncExternalStore.ts, React's own hook, which the
 *   shim hands back on React 18 and later (0.24 kB gzip off the first draw's script; syncStoreStandIn.test.ts).
 */
const STAND_INS: readonly {
  readonly source: string;
  readonly file: string;
  readonly importer: (id: string) => boolean;
}[] = [
  {
    source: "d3-interpolate",
    file: "./src/dates/numberInterpolate.ts",
    importer: (id) => id.includes("/d3-scale/dist/d3-scale.mjs"),
  },
  {
    source: "d3-time-format",
    file: "./src/dates/timeFormatShim.ts",
    importer: (id) => id.endsWith("/d3-scale/dist/d3-scale.mjs"),
  },
  {
    source: "use-sync-external-store/shim/index.js",
    file: "./src/reactSyncExternalStore.ts",
    importer: (id) => id.includes("/node_modules/wouter/"),
  },
  {
    source: "./mutationCache.js",
    file: "./src/model/noMutationCache.ts",
    importer: (id) => id.endsWith("/query-core/build/modern/queryClient.js"),
  },
  {
    source: "./infiniteQueryBehavior.js",
    file: "./src/model/noInfiniteQueries.ts",
    importer: (id) => id.endsWith("/query-core/build/modern/query.js"),
  },
];

/** List's type by name in the `edtf` library (scripts/edtfListType.ts says why). */
function edtfListType(): Plugin {
  return {
    name: "edtf-list-type",
    apply: "build",
    transform(code, id) {
      return /\/node_modules\/edtf\/src\/list\.js$/.test(id) ? withEdtfListType(code) : null;
    },
  };
}

function standIns(): Plugin {
  return {
    name: "stand-ins",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      const standIn = STAND_INS.find(
        (s) => s.source === source && importer !== undefined && s.importer(importer),
      );
      return standIn ? fileURLToPath(new URL(standIn.file, import.meta.url)) : null;
    },
  };
}

/** The first script's chunk (src/main.tsx, named after index.html). */
const BOOT_CHUNK = /^assets\/index-[^/]+\.js$/;

/** Files the page itself loads (index.html's script, stylesheet and modulepreload links). */
const IN_PAGE = /^assets\/(index|app|rt|prepareDataset)-[^/]+\.(js|css)$/;

/** The chunks among them named in their file names (chunkFileNames). */
const IN_PAGE_NAMES = new Set(["app", "prepareDataset"]);

/** What the first draw needs besides the first script: the app, and the fast checks and date helpers (not zod). */
const FIRST_DRAW_MODULES = ["/src/startApp.tsx", "/src/model/prepareDataset.ts"];

/** The app that the first script (main.tsx) loads, and every module it imports statically but main.tsx does not. */
const appModules = new Set<string>();

/**
 * The dataset's preparation (prepareDataset.ts) and every module it imports statically but main.tsx does not:
 * one chunk that does not import the app's. Shared with the app (dates, vocabulary), these modules were in
 * the app's chunk, so the data waited for React to download and evaluate before it could be prepared; on
 * their own, the data is prepared while the app is still arriving.
 */
const prepareModules = new Set<string>();

/**
 * Collects appModules once the module graph is known, for the "app" chunk (build.rolldownOptions): the app
 * and all it needs at once are one chunk, instead of being split into small chunks shared with the lazy
 * ones (React with the citations panel, and so on), each one more request in a row.
 */
function collectAppModules(): Plugin {
  return {
    name: "collect-app-modules",
    apply: "build",
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const closure = (start: string | undefined) => {
        const seen = new Set<string>();
        const stack = start ? [start] : [];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const boot = closure(ids.find((id) => id.endsWith("/src/main.tsx")));
      appModules.clear();
      prepareModules.clear();
      for (const id of closure(ids.find((id) => id.endsWith("/src/startApp.tsx"))))
        if (!boot.has(id)) appModules.add(id);
      for (const id of closure(ids.find((id) => id.endsWith("/src/model/prepareDataset.ts"))))
        if (!boot.has(id)) prepareModules.add(id);
    },
  };
}

/**
 * Lists the first draw's lazy chunks (the app, the validator, and what they and the first script import) as
 * modulepreload links in the page, so that they download alongside the first script instead of after it
 * has run. (Vite preloads a lazy chunk's imports only once the import() runs.)
 */
function preloadFirstDraw(): Plugin {
  return {
    name: "preload-first-draw",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === "chunk" ? [c] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const files = new Set<string>();
        const add = (file: string) => {
          const chunk = byFile.get(file);
          if (!chunk || chunk.isEntry || files.has(file)) return;
          files.add(file);
          chunk.imports.forEach(add);
        };
        for (const chunk of chunks) {
          if (chunk.isEntry) chunk.imports.forEach(add);
          else if (FIRST_DRAW_MODULES.some((m) => chunk.moduleIds.some((id) => id.endsWith(m))))
            add(chunk.fileName);
        }
        const links = [...files].map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`);
        return html.replace("</head>", `  ${links.join("\n    ")}\n  </head>`);
      },
    },
  };
}

/** Vite's module of its preload helper, which wraps each import() of a chunk that has imports of its own. */
const PRELOAD_HELPER = "\0vite/preload-helper.js";

/**
 * Vite's preload helper, slimmed to what this app's lazy chunks use (0.6 kB of gzip off the first script,
 * check:size): a modulepreload link for each file a chunk imports, once, then the import itself, whose
 * failure its caller handles as before. Vite's own also loads a chunk's stylesheets (no lazy chunk has one:
 * the build fails on one, withoutPageFilesInPreloads), falls back to rel=preload where modulepreload is not
 * supported (a browser without it only loses the head start: the chunk's own imports still load them),
 * takes a CSP nonce (the page has none), and raises `vite:preloadError` (nothing listens).
 */
function slimPreloadHelper(): Plugin {
  let base = "/";
  return {
    name: "slim-preload-helper",
    apply: "build",
    enforce: "pre",
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      if (id !== PRELOAD_HELPER) return null;
      return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`;
    },
  };
}

/**
 * Takes the page's own files out of the lazy chunks' preload lists (Vite's `__vite__mapDeps`), where
 * resolveDependencies cannot reach: Vite adds a chunk's stylesheets after it, and every lazy chunk that
 * imports the first script names the page's stylesheet, already loaded. Each name is bytes of the app's
 * chunk, fetched before the first draw (check:size); a name left out only skips a preload. For the same
 * bytes, a list left empty is written `[]`, and the helper is named `__m` (47 bytes of gzip in all).
 */
function withoutPageFilesInPreloads(): Plugin {
  return {
    name: "without-page-files-in-preloads",
    apply: "build",
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk") continue;
          const list = /m\.f=\[([^\]]*)\]/.exec(chunk.code);
          if (!list?.[1]) continue;
          if (/\b__m\b/.test(chunk.code)) this.error(`${chunk.fileName} has a name __m already`);
          const files = JSON.parse(`[${list[1]}]`) as string[];
          const kept = files.filter((f) => !IN_PAGE.test(f));
          // The slim preload helper preloads scripts only (slimPreloadHelper).
          const sheet = kept.find((f) => f.endsWith(".css"));
          if (sheet) this.error(`${chunk.fileName} preloads the stylesheet ${sheet}: the helper cannot`);
          const index = new Map(kept.map((f) => [files.indexOf(f), kept.indexOf(f)]));
          chunk.code = chunk.code
            .replace(list[0], `m.f=${JSON.stringify(kept)}`)
            .replace(/__vite__mapDeps\(\[([\d,]*)\]\)/g, (_, ids: string) => {
              const mapped = ids.split(",").flatMap((id) => index.get(Number(id)) ?? []);
              return mapped.length === 0 ? "[]" : `__m([${mapped.join(",")}])`;
            })
            .replace("const __vite__mapDeps=(i,m=__vite__mapDeps,", "const __m=(i,m=__m,");
          if (chunk.code.includes("__vite__mapDeps")) this.error(`${chunk.fileName}: a preload list unread`);
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    collectAppModules(),
    contentSecurityPolicy(),
    benchSettings(),
    scorecardOwnScale(),
    standIns(),
    edtfListType(),
    preloadFirstDraw(),
    withoutPageFilesInPreloads(),
    slimPreloadHelper(),
  ],
  build: {
    target: "es2022",
    // Which file each chunk is (lazy chunks are named by their hash alone): read by the tests and check:size.
    manifest: true,
    // No polyfill: every browser that runs es2022 modules preloads them natively.
    modulePreload: {
      polyfill: false,
      // The first script's two imports (the app, the prepare chunk) and all they import are modulepreload
      // links in the page already (preloadFirstDraw): Vite's preload helper would only look each one up
      // again on the first draw's path. Elsewhere a lazy chunk's list leaves out the files the page has
      // loaded and the chunk itself (its import() fetches it at once): every name in a list is bytes of the
      // app's chunk, fetched before the first draw (check:size). A file left out by mistake is only fetched
      // a step later, never missed: preloading is a head start, the chunks' own imports still load them.
      resolveDependencies: (file, deps, { hostId, hostType }) =>
        hostType === "js" && BOOT_CHUNK.test(hostId)
          ? []
          : deps.filter((d) => d !== file && !IN_PAGE.test(d)),
    },
    rolldownOptions: {
      output: {
        // Six characters of hash, not eight: the app's chunk names every lazy chunk (its imports and preload
        // lists), fetched before the first draw (check:size, 135 bytes gzip). 36 bits still tell builds apart.
        // For the same reason a lazy chunk is named by its hash alone (144 bytes of names in the app's
        // chunk); the manifest (.vite/manifest.json) says which is which, for the tests and check:size.
        // The page's own files keep their names (IN_PAGE), the bundler's runtime as "rt".
        chunkFileNames: (chunk) =>
          chunk.name === "rolldown-runtime"
            ? "assets/rt-[hash:6].js"
            : IN_PAGE_NAMES.has(chunk.name)
              ? "assets/[name]-[hash:6].js"
              : // A letter first: a file name may not start with "_" or "-" (Jekyll leaves out "_").
                "assets/c[hash:6].js",
        entryFileNames: "assets/[name]-[hash:6].js",
        codeSplitting: {
          groups: [
            {
              name: "prepareDataset",
              test: (id) => prepareModules.has(id),
              priority: 2,
              includeDependenciesRecursively: false,
            },
            {
              name: "app",
              test: (id) => appModules.has(id),
              priority: 1,
              includeDependenciesRecursively: false,
            },
            {
              // The reader of claims (the as-of view and rule, the outcomes drawn beside the items), what
              // happened in words, and the orders predicted that came out the other way: the scorecard, the
              // tooltip and the panel read some too. One chunk, one name in the app's lists (check:size),
              // one request before the bundled dataset's first draw (two were 360 bytes more), none before
              // that of a dataset without claims.
              name: "asOfView",
              test: (id) =>
                /\/src\/(model\/(outcomeWords|itemOutcomeWords|orderMisses|orderCameTrue|claimsAsOf|datasetAsOf|asOfView|itemOverlays)|dates\/(spanWithin|sameSpan))\.ts$/.test(
                  id,
                ),
              priority: 1,
              includeDependenciesRecursively: false,
            },
            {
              // The lazy views' focus hooks, one chunk: each chunk is one more name in the app's list of
              // lazy chunks, which the first draw downloads (check:size).
              name: "focusHooks",
              test: (id) => /\/src\/components\/useFocus(AfterShow|Keeper)\.ts$/.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
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
