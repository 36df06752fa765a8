// npm run bench [-- --sizes=1000,5000 --runs=3 --only=ours|vis --seed=1 --load-timeout=90 --build]
// Our timeline vs vis-timeline on seeded synthetic datasets, in Chromium. Prints numbers; asserts nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { gzipBytes, initialJs as sharedInitialJs } from "../initialJs.mjs";
import { datasetJson } from "./generate.mjs";
import { launchBrowser, measureRun, VIEWPORT, WHEEL_STEPS } from "./measure.mjs";
import { startServer } from "./server.mjs";

const here = import.meta.dirname;
const root = resolve(here, "../..");
const dist = join(root, "dist");
const visDir = join(root, "node_modules/vis-timeline");
const visJs = join(visDir, "standalone/umd/vis-timeline-graph2d.min.js");
const visCss = join(visDir, "styles/vis-timeline-graph2d.min.css");
const MAX_DATASET_BYTES = 35 * 1024 * 1024;
const LIBS = ["ours", "vis"];
const WARM_UP_SIZE = 1000;
let aborting = false;

function parseArgs(argv) {
  const options = {
    sizes: [1000, 5000, 20000, 100000],
    runs: 3,
    only: null,
    seed: 1,
    loadTimeoutS: 90,
    zoomTimeoutS: 120,
    build: false,
  };
  for (const arg of argv) {
    const [key, value = ""] = arg.replace(/^--/, "").split("=", 2);
    const positive = (text) => {
      const number = Number(text);
      if (!Number.isInteger(number) || number < 1) throw new Error(`--${key} wants a whole number ≥ 1`);
      return number;
    };
    if (key === "sizes") options.sizes = value.split(",").filter(Boolean).map(positive);
    else if (key === "runs") options.runs = positive(value);
    else if (key === "only") {
      if (!LIBS.includes(value)) throw new Error("--only is ours or vis");
      options.only = value;
    } else if (key === "seed") options.seed = positive(value);
    else if (key === "load-timeout") options.loadTimeoutS = positive(value);
    else if (key === "zoom-timeout") options.zoomTimeoutS = positive(value);
    else if (key === "build") options.build = true;
    else if (key === "help" || key === "h") {
      console.log(
        "npm run bench -- [--sizes=1000,5000,20000,100000] [--runs=3] [--only=ours|vis] [--seed=1]\n" +
          "                 [--load-timeout=90] [--zoom-timeout=120] [--build]",
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (options.sizes.length === 0) throw new Error("--sizes is empty");
  return options;
}

function median(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const initialJs = () => sharedInitialJs(dist);

function ensureBuild(force) {
  if (!force && existsSync(join(dist, "index.html"))) return;
  console.log(force ? "building (--build)…" : "dist/index.html is missing: building…");
  const build = spawnSync("npx", ["vite", "build"], { cwd: root, stdio: "inherit", timeout: 300_000 });
  if (build.status !== 0 || !existsSync(join(dist, "index.html"))) {
    throw new Error("`npx vite build` failed: the benchmark measures the production build");
  }
}

function writeDatasets(sizes, seed) {
  const dir = join(os.tmpdir(), "timeline-bench");
  mkdirSync(dir, { recursive: true });
  const info = {};
  for (const n of sizes) {
    const text = datasetJson(n, seed);
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_DATASET_BYTES) throw new Error(`the ${n}-event dataset is ${bytes} bytes (limit 35 MB)`);
    writeFileSync(join(dir, `${n}.json`), text);
    info[n] = { bytes };
  }
  return { dir, info };
}

const fmt = {
  ms: (v) => (v === null ? null : String(Math.round(v))),
  step: (v) => (v === null ? null : v.toFixed(v < 10 ? 2 : 1)),
  int: (v) => (v === null ? null : String(Math.round(v))),
  ratio: (a, b) => (a === null || b === null || b === 0 ? "–" : `${(a / b).toFixed(2)}×`),
};

/** What to print for a cell: the median, or why there is none. */
function cell(summary, key, format) {
  if (!summary) return "–";
  const value = summary[key];
  if (value !== null) return format(value) + (summary.partial ? "*" : "");
  return summary.status[key] ?? "–";
}

function printTable(rows) {
  const header = [
    "size",
    "ours load ms",
    "vis load ms",
    "load ratio (vis/ours)",
    "ours zoom ms/step",
    "vis zoom ms/step",
    "zoom ratio (vis/ours)",
    "ours DOM",
    "vis DOM",
  ];
  const body = rows.map(({ n, ours, vis }) => [
    String(n),
    cell(ours, "load", fmt.ms),
    cell(vis, "load", fmt.ms),
    fmt.ratio(vis?.load ?? null, ours?.load ?? null),
    cell(ours, "zoom", fmt.step),
    cell(vis, "zoom", fmt.step),
    fmt.ratio(vis?.zoom ?? null, ours?.zoom ?? null),
    cell(ours, "dom", fmt.int),
    cell(vis, "dom", fmt.int),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])));
  console.log(line(header).join(" | "));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of body) console.log(line(r).join(" | "));
}

/** Medians over the runs that produced each number; `status` says why a number is missing. */
function summarise(runs) {
  const summary = { runs: runs.length, partial: false, status: {} };
  for (const key of ["load", "settled", "zoom", "dom"]) {
    const values = runs.map((r) => r[key]).filter((v) => v !== null);
    summary[key] = median(values);
    if (values.length > 0 && values.length < runs.length) summary.partial = true;
    if (values.length === 0) {
      const failed = runs.find((r) => r.error);
      summary.status[key] = failed ? (failed.timedOut ? "timeout" : "error") : "–";
    }
  }
  summary.errors = [...new Set(runs.map((r) => r.error).filter(Boolean))];
  summary.pageErrors = [...new Set(runs.flatMap((r) => r.pageErrors ?? []))];
  summary.notZoomed = runs.filter((r) => r.zoomed === false).length;
  summary.itemCounts = [...new Set(runs.map((r) => r.items).filter((v) => v !== null && v !== undefined))];
  return summary;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const libs = options.only ? [options.only] : LIBS;
  const wallStart = Date.now();

  ensureBuild(options.build);
  const js = initialJs();
  const visGzip = gzipBytes(visJs);
  const datasets = writeDatasets([...new Set([WARM_UP_SIZE, ...options.sizes])], options.seed);

  // Every step below has its own limit; this one is the backstop that ends a run that hangs anyway.
  const perRun = options.loadTimeoutS + options.zoomTimeoutS + 60;
  const budgetMs =
    (perRun * options.runs * libs.length * options.sizes.length + 300 + 150 * libs.length) * 1000;
  let server = null;
  let browser = null;
  const cleanup = async () => {
    const closing = [];
    if (browser) closing.push(browser.close().catch(() => {}));
    if (server) closing.push(server.close());
    browser = null;
    server = null;
    await Promise.race([Promise.all(closing), new Promise((r) => setTimeout(r, 15_000).unref())]);
  };
  const abort = (why, code) => {
    aborting = true;
    console.error(`\nbench: ${why}; closing the browser and the server`);
    cleanup().finally(() => process.exit(code));
  };
  const watchdog = setTimeout(() => abort(`over the ${budgetMs / 1000} s budget`, 3), budgetMs);
  watchdog.unref();
  process.once("SIGINT", () => abort("interrupted", 130));
  process.once("SIGTERM", () => abort("terminated", 143));

  try {
    server = await startServer({
      dist,
      dataDir: datasets.dir,
      floor: join(here, "floor.html"),
      vis: {
        "index.html": join(here, "vis.html"),
        "vis.html": join(here, "vis.html"),
        "vis-timeline-graph2d.min.js": visJs,
        "vis-timeline-graph2d.min.css": visCss,
      },
    });
    browser = await launchBrowser();
    const chromiumVersion = browser.version();
    const cpus = os.cpus();
    const machine = {
      cpu: cpus[0]?.model.trim() ?? "unknown CPU",
      cores: cpus.length,
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      chromium: chromiumVersion,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    };
    console.log(
      `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ` +
        `Chromium ${machine.chromium}, Node ${machine.node}`,
    );
    console.log(
      `server ${server.origin}; datasets in ${datasets.dir}; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
        `${options.runs} run(s) each, median; ours is "drawn" at svg[data-ready="true"]`,
    );

    // One unmeasured load of each page first, so that the first measured run pays no browser warm-up.
    console.log(`warm-up: one unmeasured load of each page with ${WARM_UP_SIZE} events`);
    for (const lib of libs) {
      await measureRun(browser, {
        origin: server.origin,
        lib,
        n: WARM_UP_SIZE,
        loadTimeoutMs: 30_000,
        zoomTimeoutMs: 30_000,
      });
    }

    // What the harness costs on an empty page: no page can measure below it, so vis ÷ floor is the
    // largest ratio any page could reach in this run.
    const floorRuns = [];
    for (let i = 0; i < options.runs; i++) {
      floorRuns.push(
        await measureRun(browser, {
          origin: server.origin,
          lib: "floor",
          n: 0,
          loadTimeoutMs: 30_000,
          zoomTimeoutMs: 30_000,
        }),
      );
    }
    const floor = summarise(floorRuns);
    console.log(
      `floor (an empty page, no script): load ${cell(floor, "load", fmt.ms)} ms, ` +
        `zoom ${cell(floor, "zoom", fmt.step)} ms/step`,
    );

    const rows = [];
    for (const n of options.sizes) {
      const row = { n, datasetBytes: datasets.info[n].bytes };
      for (const lib of libs) {
        const runs = [];
        let skipZoom = false;
        for (let i = 0; i < options.runs; i++) {
          const started = Date.now();
          const r = await measureRun(browser, {
            origin: server.origin,
            lib,
            n,
            loadTimeoutMs: options.loadTimeoutS * 1000,
            zoomTimeoutMs: options.zoomTimeoutS * 1000,
            skipZoom,
          });
          runs.push(r);
          const took = ((Date.now() - started) / 1000).toFixed(1);
          const said = [
            r.load === null ? null : `load ${fmt.ms(r.load)} ms`,
            r.settled === null ? null : `settled ≈${fmt.ms(r.settled)} ms${r.quiet ? "" : " (never quiet)"}`,
            r.zoom === null
              ? null
              : `zoom ${fmt.step(r.zoom)} ms/step${r.zoomed === false ? " (view did not change!)" : ""}`,
            r.dom === null ? null : `${r.dom} elements`,
            r.error ? `failed: ${r.error}` : null,
          ].filter(Boolean);
          console.log(
            `  ${lib.padEnd(4)} ${String(n).padStart(6)} run ${i + 1}/${options.runs}: ${said.join(", ")} [${took} s]`,
          );
          // A page that cannot even load in time will not in the next runs either.
          // A zoom that timed out once is not retried at this size; load and DOM still are.
          if (r.load === null) break;
          if (r.error?.startsWith("zoom timeout")) skipZoom = true;
        }
        row[lib] = summarise(runs);
        row[lib].samples = runs.map((r) => ({
          load: r.load,
          settled: r.settled,
          quiet: r.quiet,
          zoom: r.zoom,
          zoomed: r.zoomed,
          zoomSteps: r.zoomSteps,
          stepMs: r.stepMs.map((v) => Math.round(v * 10) / 10),
          endMs: r.endMs === null ? null : Math.round(r.endMs * 10) / 10,
          zoomPartial: r.zoomPartial ?? null,
          dom: r.dom,
          items: r.items,
          error: r.error,
        }));
      }
      rows.push(row);
    }

    const wallS = (Date.now() - wallStart) / 1000;
    console.log("");
    printTable(rows);
    console.log("");
    console.log(
      `initial JS, gzip -9: ours ${kb(js.gzipBytes)} KB (${js.files.map((f) => f.url).join(" + ")}); ` +
        `vis-timeline standalone min.js ${kb(visGzip)} KB`,
    );
    console.log(
      "settled (≈, ±250 ms: when the main thread went quiet after load, median): " +
        rows
          .map(
            ({ n, ...byLib }) =>
              `${n}: ${libs.map((lib) => `${lib} ${cell(byLib[lib], "settled", fmt.ms)}`).join(", ")}`,
          )
          .join("; "),
    );
    if (libs.includes("vis")) {
      console.log(
        `floor: an empty page loads in ${cell(floor, "load", fmt.ms)} ms and a wheel step costs ` +
          `${cell(floor, "zoom", fmt.step)} ms in this harness; so the best ratio any page could show is ` +
          rows
            .map(
              ({ n, vis }) =>
                `${n}: load ${fmt.ratio(vis?.load ?? null, floor.load)}, zoom ${fmt.ratio(vis?.zoom ?? null, floor.zoom)}`,
            )
            .join("; "),
      );
    }
    console.log(
      `load: ms from navigation start until items are drawn; zoom: Chrome TaskDuration per wheel step ` +
        `(${WHEEL_STEPS} steps); DOM: elements after load. * = median of fewer runs than asked (others failed).`,
    );
    console.log(
      `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, Chromium ${machine.chromium}`,
    );
    for (const { n, ...byLib } of rows) {
      for (const lib of libs) {
        const s = byLib[lib];
        for (const e of s.errors) console.log(`note: ${lib} ${n}: ${e}`);
        for (const e of s.pageErrors) console.log(`note: ${lib} ${n}: page error: ${e}`);
        for (const count of s.itemCounts) {
          // Ours draws only what is in view, so only vis is expected to hold every item.
          if (lib === "vis" && count !== n)
            console.log(`note: ${lib} ${n}: ${count} items handed over, not ${n}`);
        }
        if (s.notZoomed > 0)
          console.log(`note: ${lib} ${n}: the view did not change in ${s.notZoomed} run(s)`);
      }
    }
    console.log(`took ${wallS.toFixed(1)} s`);

    const out = join(root, "bench-results/bench.json");
    mkdirSync(dirname(out), { recursive: true });
    const json = {
      date: new Date().toISOString(),
      machine,
      options: { ...options, libs },
      viewport: VIEWPORT,
      wheelSteps: WHEEL_STEPS,
      readySelector: 'svg[data-ready="true"]',
      initialJs: {
        ours: { gzipKB: kb(js.gzipBytes), bytes: js.bytes, files: js.files },
        visTimeline: { gzipKB: kb(visGzip), file: "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" },
      },
      floor: {
        load: floor.load,
        zoom: floor.zoom,
        samples: floorRuns.map((r) => ({ load: r.load, zoom: r.zoom })),
      },
      results: rows,
      wallSeconds: Math.round(wallS * 10) / 10,
    };
    writeFileSync(out, JSON.stringify(json, null, 2) + "\n");
    console.log(`wrote ${out}`);
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

main().catch((error) => {
  if (aborting) return; // the run was stopped on purpose; what failed after that is beside the point
  console.error(`bench: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
