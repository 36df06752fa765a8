// npm run bench [-- --sizes=1000,5000 --runs=3 --only=ours,dhtmlx,vis --rows-per=sqrt,50 --dist=dir ...]
// Our timeline vs dhtmlx-gantt and vis-timeline on seeded synthetic datasets, in Chromium.
// Prints numbers and writes them to bench.json; asserts nothing. README.md says what each number means.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { claimsDatasetJson, datasetJson, junkJson, rowCount, showCount } from "./generate.mjs";
import {
  ASOF_KEYS,
  FIRST_DRAW_MARK,
  BENCH_DISABLED_FEATURES,
  launchBrowser,
  measureAsOfRun,
  PAN_STEP_PX,
  PAN_STEPS,
  PAN_ZOOM_IN,
  measureRun,
  VIEWPORT,
  WHEEL_DELTAS,
  WHEEL_STEPS,
} from "./measure.mjs";
import { measureUninspectedLoad } from "./loadUninspected.mjs";
import { startServer } from "./server.mjs";
import { median } from "./median.mjs";

const here = import.meta.dirname;
const root = resolve(here, "../..");
const LIBS = ["ours", "dhtmlx", "vis"];
const PEERS = ["dhtmlx", "vis"];
/** The as-of case's synthetic dataset with claims: its events, unless --asof-claims says otherwise. */
const ASOF_CLAIMS_SIZE = 5000;
/** The as-of case's datasets: the bundled one (null: the build's own), and a synthetic one with claims. */
const asOfDatasets = (claims) => [
  ["bundled", null],
  [`${claims}-claims`, `${claims}-claims.json`],
];
/** zoom: load and wheel zoom against the peers, the floor and the junk files; asof: issue 9's as-of steps. */
const CASES = ["zoom", "asof"];
const WARM_UP_SIZE = 1000;
/** Issue 12's junk files: every event invalid. Ours only: the peers have no problem list. */
const JUNK = [
  { kind: "zeros", count: 200_000 },
  { kind: "objects", count: 100_000 },
];
let aborting = false;

function usage() {
  return (
    "npm run bench -- [--sizes=1000,5000,20000,100000] [--runs=3] [--only=ours,dhtmlx,vis]\n" +
    "                 [--rows-per=sqrt,50] [--seed=1] [--dist=<built dist folder>] [--out=<file.json>]\n" +
    "                 [--load-timeout=90] [--zoom-timeout=120] [--junk-timeout=120] [--no-junk]\n" +
    "                 [--first-draw=auto|mark|dom] [--build] [--cases=zoom,asof] [--asof-timeout=180]\n" +
    "                 [--asof-claims=5000]"
  );
}

function parseArgs(argv) {
  const options = {
    sizes: [1000, 5000, 20000, 100000],
    runs: 3,
    libs: LIBS,
    rowsPer: ["sqrt", 50],
    seed: 1,
    dist: null,
    out: null,
    loadTimeoutS: 90,
    zoomTimeoutS: 120,
    junkTimeoutS: 120,
    junk: true,
    build: false,
    firstDraw: "auto",
    cases: CASES,
    asOfTimeoutS: 180,
    asOfClaims: ASOF_CLAIMS_SIZE,
  };
  for (const arg of argv) {
    const [key, value = ""] = arg.replace(/^--/, "").split(/=(.*)/s, 2);
    const positive = (text) => {
      const number = Number(text);
      if (!Number.isInteger(number) || number < 1) throw new Error(`--${key} wants a whole number ≥ 1`);
      return number;
    };
    const list = (text) => text.split(",").filter(Boolean);
    if (key === "sizes") options.sizes = list(value).map(positive);
    else if (key === "runs") options.runs = positive(value);
    else if (key === "only") {
      const libs = list(value);
      if (libs.length === 0 || libs.some((lib) => !LIBS.includes(lib)))
        throw new Error(`--only takes one or more of ${LIBS.join(", ")}`);
      options.libs = LIBS.filter((lib) => libs.includes(lib));
    } else if (key === "rows-per")
      options.rowsPer = list(value).map((v) => (v === "sqrt" ? "sqrt" : positive(v)));
    else if (key === "seed") options.seed = positive(value);
    else if (key === "dist") options.dist = resolve(value);
    else if (key === "out") options.out = resolve(value);
    else if (key === "load-timeout") options.loadTimeoutS = positive(value);
    else if (key === "zoom-timeout") options.zoomTimeoutS = positive(value);
    else if (key === "junk-timeout") options.junkTimeoutS = positive(value);
    else if (key === "no-junk") options.junk = false;
    else if (key === "cases") {
      const cases = list(value);
      if (cases.length === 0 || cases.some((c) => !CASES.includes(c)))
        throw new Error(`--cases takes one or more of ${CASES.join(", ")}`);
      options.cases = CASES.filter((c) => cases.includes(c));
    } else if (key === "asof-timeout") options.asOfTimeoutS = positive(value);
    else if (key === "asof-claims") options.asOfClaims = positive(value);
    else if (key === "first-draw") {
      if (!["auto", "mark", "dom"].includes(value)) throw new Error("--first-draw is auto, mark or dom");
      options.firstDraw = value;
    } else if (key === "build") options.build = true;
    else if (key === "help" || key === "h") {
      console.log(usage());
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (options.sizes.length === 0) throw new Error("--sizes is empty");
  if (options.rowsPer.length === 0) throw new Error("--rows-per is empty");
  if (options.dist && options.build)
    throw new Error("--build builds this worktree's dist-bench/, not --dist");
  return options;
}

/** A data shape: "sqrt" (about √n/8 show rows) or one show row per `rowsPer` events. */
function shape(rowsPer) {
  return rowsPer === "sqrt"
    ? { key: "sqrt", rowsPer, file: (n) => `${n}.json`, rows: showCount, label: "about √n/8 show rows" }
    : {
        key: `r${rowsPer}`,
        rowsPer,
        file: (n) => `${n}-r${rowsPer}.json`,
        rows: (n) => rowCount(n, rowsPer),
        label: `one show row per ${rowsPer} events (at least 6)`,
      };
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/**
 * This worktree's benchmark build: the production build with the dataset cap raised (`--mode bench`, see
 * vite.config.ts), in its own folder so that it is never the one shipped or tested.
 */
function ensureBuild(dist, force) {
  if (!force && existsSync(join(dist, "index.html"))) return;
  console.log(force ? "building (--build)…" : "dist-bench/index.html is missing: building…");
  const args = ["vite", "build", "--mode", "bench", "--outDir", dist, "--emptyOutDir"];
  const build = spawnSync("npx", args, { cwd: root, stdio: "inherit", timeout: 300_000 });
  if (build.status !== 0 || !existsSync(join(dist, "index.html"))) {
    throw new Error("`npx vite build --mode bench` failed: the benchmark measures the production build");
  }
}

/** Whether the build's scripts set the first-draw mark (an older commit's build does not). */
function buildMarksFirstDraw(dist) {
  const assets = join(dist, "assets");
  if (!existsSync(assets)) return false;
  return readdirSync(assets)
    .filter((f) => f.endsWith(".js"))
    .some((f) => readFileSync(join(assets, f), "utf8").includes(FIRST_DRAW_MARK));
}

/**
 * The measured build's dataset size cap: this worktree's bench build raises it (BENCH_MAX_DATASET_MB in
 * vite.config.ts); another commit's build (--dist) keeps the default, read from this worktree's source.
 */
function appSizeCap(ownBuild) {
  try {
    const file = ownBuild ? "vite.config.ts" : "src/model/fetchDataset.ts";
    const pattern = ownBuild
      ? /BENCH_MAX_DATASET_MB\s*=\s*(\d+)/
      : /MAX_DATASET_MB\s*=[^;]*:\s*(\d+)\s*;|MAX_DATASET_BYTES\s*=\s*(\d+)\s*\*/;
    const match = pattern.exec(readFileSync(join(root, file), "utf8"));
    return match ? Number(match[1] ?? match[2]) * 1024 * 1024 : null;
  } catch {
    return null;
  }
}

function git(args, cwd) {
  const out = spawnSync("git", args, { cwd, encoding: "utf8" });
  return out.status === 0 ? out.stdout.trim() : null;
}

/** dhtmlx-gantt's stylesheet without its web-font rules (Inter from fonts.gstatic.com). */
function stripWebFonts(css) {
  return css
    .replace(/@font-face\s*\{[^}]*\burl\(\s*["']?(?:https?:)?\/\/[^}]*\}/g, "")
    .replace(/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/[^;]*;/g, "");
}

function writeDatasets(dir, shapes, sizes, seed, cap) {
  const info = {};
  for (const s of shapes) {
    for (const n of sizes) {
      const text = datasetJson(n, seed, s.rowsPer);
      const bytes = Buffer.byteLength(text);
      writeFileSync(join(dir, s.file(n)), text);
      info[s.file(n)] = { bytes, overCap: cap !== null && bytes > cap };
    }
  }
  return info;
}

const fmt = {
  ms: (v) => (v === null ? "–" : String(Math.round(v))),
  ms1: (v) => (v === null ? "–" : v.toFixed(v < 10 ? 1 : 0)),
  mb: (v) => (v === null ? "–" : v.toFixed(1)),
  ratio: (a, b) => (a === null || b === null || b <= 0 ? "–" : `${(a / b).toFixed(2)}×`),
  above: (v, floor) => (v === null || floor === null ? "–" : String(Math.round(v - floor))),
};

/** One run's numbers, flat, in ms / MB / KB; null where not measured. */
function flat(r) {
  const z = r.zoom;
  return {
    load: r.load,
    loadUninspected: r.loadUninspected ?? null,
    allRows: r.allRows ?? null,
    dataIn: r.dataIn ?? null,
    settled: r.settled,
    heapMB: r.heapMB,
    heapRetainedMB: r.heapRetainedMB ?? null,
    dom: r.dom,
    jsKB: r.initialJs ? kb(r.initialJs.bytes) : null,
    zoom: z?.total ?? null,
    steps: z?.steps ?? null,
    settle: z?.settle ?? null,
    secondAfter: z?.secondAfter ?? null,
    longest: z ? Math.max(z.longestDuring, z.longestAfter) : null,
    longestDuring: z?.longestDuring ?? null,
    longestAfter: z?.longestAfter ?? null,
    // The target is the wall time above; the thread time says how much of it was the page's own work.
    longestCpu: z ? Math.max(z.longestCpuDuring, z.longestCpuAfter) : null,
    gc: z?.gc ?? null,
    idleAfter: z?.idleAfter ?? null,
    pan: r.pan?.total ?? null,
    panLongest: r.pan ? Math.max(r.pan.longestDuring, r.pan.longestAfter) : null,
    panLongestCpu: r.pan ? Math.max(r.pan.longestCpuDuring, r.pan.longestCpuAfter) : null,
  };
}
const KEYS = Object.keys(flat({ zoom: null, initialJs: null, pan: null }));

/** Medians over the runs that produced each number; `status` says why a number is missing. */
function summarise(runs) {
  const summary = { runs: runs.length, partial: false, status: {} };
  const rows = runs.map(flat);
  for (const key of KEYS) {
    const values = rows.map((r) => r[key]).filter((v) => v !== null);
    summary[key] = median(values);
    if (values.length > 0 && values.length < runs.length && ["load", "zoom"].includes(key))
      summary.partial = true;
    if (values.length === 0) {
      const failed = runs.find((r) => r.error);
      summary.status[key] = failed
        ? failed.timedOut
          ? "timeout"
          : / refused/.test(failed.error)
            ? "refused"
            : "error"
        : "–";
    }
  }
  summary.errors = [...new Set(runs.map((r) => r.error).filter(Boolean))];
  summary.pageErrors = [...new Set(runs.flatMap((r) => r.pageErrors ?? []))];
  summary.outside = [...new Set(runs.flatMap((r) => r.outside ?? []))];
  summary.notZoomed = runs.filter((r) => r.zoomed === false).length;
  summary.notPanned = runs.filter((r) => r.panned === false).length;
  summary.notIdle = runs.filter((r) => r.zoom && !r.zoom.quiet).length;
  summary.itemCounts = [...new Set(runs.map((r) => r.items).filter((v) => v !== null && v !== undefined))];
  return summary;
}

/** What to print for a cell: the median, or why there is none. */
function cell(summary, key, format) {
  if (!summary) return "–";
  const value = summary[key];
  if (value !== null)
    return format(value) + (summary.partial && (key === "load" || key === "zoom") ? "*" : "");
  return summary.status[key] ?? "–";
}

function printTable(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i])));
  console.log(line(header).join(" | "));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of body) console.log(line(r).join(" | "));
}

/** The figures compared as ratios against the peers: the load (as Playwright sees it, and with no DevTools agent in the page) and the zoom. */
const RATIO_KEYS = ["load", "loadUninspected", "zoom"];
const RATIO_LABELS = { load: "load", loadUninspected: "load, no DevTools,", zoom: "zoom" };

function printShape(s, rows, libs, floor) {
  console.log(`\n${s.label} (shape ${s.key}); medians; "−floor" = above the empty page's figure`);
  const body = [];
  for (const { n, byLib } of rows) {
    for (const lib of libs) {
      const x = byLib[lib];
      body.push([
        String(n),
        String(s.rows(n)),
        lib,
        cell(x, "load", fmt.ms),
        fmt.above(x?.load ?? null, floor.load),
        cell(x, "loadUninspected", fmt.ms),
        fmt.above(x?.loadUninspected ?? null, floor.loadUninspected),
        cell(x, "allRows", fmt.ms),
        cell(x, "zoom", fmt.ms),
        fmt.above(x?.zoom ?? null, floor.zoom),
        cell(x, "steps", fmt.ms),
        cell(x, "settle", fmt.ms),
        cell(x, "secondAfter", fmt.ms),
        cell(x, "longest", fmt.ms1),
        cell(x, "longestCpu", fmt.ms1),
        cell(x, "heapMB", fmt.mb),
        cell(x, "heapRetainedMB", fmt.mb),
        cell(x, "dom", fmt.ms),
        cell(x, "jsKB", fmt.mb),
      ]);
    }
  }
  printTable(
    [
      "events",
      "rows",
      "page",
      "load ms",
      "−floor",
      "no DevTools",
      "−floor",
      "all rows",
      "zoom ms",
      "−floor",
      "steps ms",
      "settle ms",
      "1 s after",
      "longest task",
      "CPU/task",
      "heap MB",
      "after GC",
      "DOM",
      "JS KB gz",
    ],
    body,
  );
  if (libs.includes("ours")) {
    const panned = rows.filter(({ byLib }) => byLib.ours?.pan !== null && byLib.ours?.pan !== undefined);
    if (panned.length > 0)
      console.log(
        `pan, ours (${PAN_ZOOM_IN} wheel steps in, then a drag of ${PAN_STEPS} × ${PAN_STEP_PX} px; task time until idle, longest task): ` +
          panned
            .map(
              ({ n, byLib }) =>
                `${n}: ${cell(byLib.ours, "pan", fmt.ms)} ms, longest ${cell(byLib.ours, "panLongest", fmt.ms1)} ms` +
                ` (most CPU in one task ${cell(byLib.ours, "panLongestCpu", fmt.ms1)})` +
                (byLib.ours.notPanned > 0 ? ` (${byLib.ours.notPanned} run(s): view did not change!)` : ""),
            )
            .join("; "),
      );
  }
  const peers = PEERS.filter((p) => libs.includes(p));
  if (!libs.includes("ours") || peers.length === 0) return;
  console.log(`ratios, peer ÷ ours (above 1: ours is faster), as measured and above the floor:`);
  const ratioBody = rows.map(({ n, byLib }) => {
    const ours = byLib.ours;
    const cells = [String(n), String(s.rows(n)), s.key];
    for (const key of RATIO_KEYS) {
      for (const peer of peers) {
        const a = byLib[peer]?.[key] ?? null;
        const b = ours?.[key] ?? null;
        cells.push(fmt.ratio(a, b));
        const f = floor[key];
        cells.push(f === null ? "–" : fmt.ratio(a === null ? null : a - f, b === null ? null : b - f));
      }
    }
    return cells;
  });
  printTable(
    [
      "events",
      "rows",
      "shape",
      ...RATIO_KEYS.flatMap((key) => peers.flatMap((p) => [`${RATIO_LABELS[key]} ${p}/ours`, "−floor"])),
    ],
    ratioBody,
  );
}

/** Per-step figures of one as-of run, by kind of step ("next report", the slider keys, all): median and max. */
function asOfSummary(steps) {
  const figures = (list) => ({
    steps: list.length,
    totalMedian: median(list.map((s) => s.total)),
    totalMax: list.length ? Math.max(...list.map((s) => s.total)) : null,
    longestMedian: median(list.map((s) => s.longest)),
    longestMax: list.length ? Math.max(...list.map((s) => s.longest)) : null,
    cpuMedian: median(list.map((s) => s.cpu)),
    longestCpuMedian: median(list.map((s) => s.longestCpu)),
    longestCpuMax: list.length ? Math.max(...list.map((s) => s.longestCpu)) : null,
    idleAfterMax: list.length ? Math.max(...list.map((s) => s.idleAfter)) : null,
    notQuiet: list.filter((s) => !s.quiet).length,
  });
  return {
    next: figures(steps.filter((s) => s.kind === "next report")),
    keys: figures(steps.filter((s) => s.kind.startsWith("key "))),
    all: figures(steps),
  };
}

/** The median over the runs of each per-run figure. */
function asOfMedians(runs) {
  const ok = runs.filter((r) => !r.error);
  const out = {};
  for (const group of ["next", "keys", "all"]) {
    out[group] = {};
    for (const key of Object.keys(asOfSummary([])[group]))
      out[group][key] = median(ok.map((r) => r.summary[group][key]));
  }
  return out;
}

function printAsOf(asOf, runs) {
  console.log(
    `\nas-of steps (issue 9), ours on ${asOf.file === null ? "the bundled dataset" : asOf.file}: main-thread task time per step, from its input ` +
      `until idle; median of ${runs} run(s) of each run's per-step median and max`,
  );
  const m = asOf.medians;
  const body = [
    ["Next report", m.next],
    [`slider keys (${ASOF_KEYS[0]}, then ${ASOF_KEYS.length - 1} × ${ASOF_KEYS[1]})`, m.keys],
    ["all steps", m.all],
  ].map(([what, x]) => [
    what,
    x.steps === null ? "–" : String(Math.round(x.steps)),
    String(asOf.runs.filter((r) => !r.error).length),
    fmt.ms1(x.totalMedian),
    fmt.ms1(x.totalMax),
    fmt.ms1(x.longestMedian),
    fmt.ms1(x.longestMax),
    fmt.ms(x.idleAfterMax),
    fmt.ms1(x.cpuMedian),
    fmt.ms1(x.longestCpuMedian),
    fmt.ms1(x.longestCpuMax),
  ]);
  printTable(
    [
      "steps",
      "count",
      "runs",
      "total median",
      "total max",
      "longest task median",
      "longest task max",
      "idle after (max)",
      "cpu median",
      "longest cpu median",
      "longest cpu max",
    ],
    body,
  );
  const failed = asOf.runs.filter((r) => r.error).map((r) => r.error);
  for (const e of new Set(failed)) console.log(`note: as-of: ${e}`);
  const notQuiet = asOf.runs.reduce((n, r) => n + (r.summary.all.notQuiet ?? 0), 0);
  if (notQuiet > 0)
    console.log(
      `note: as-of: ${notQuiet} step(s) not idle before the next one: their total is a lower bound`,
    );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { libs } = options;
  const wallStart = Date.now();
  const dist = options.dist ?? join(root, "dist-bench");
  if (options.dist) {
    if (!existsSync(join(dist, "index.html"))) throw new Error(`--dist: no index.html in ${dist}`);
  } else ensureBuild(dist, options.build);
  const marks = buildMarksFirstDraw(dist);
  if (options.firstDraw === "mark" && !marks)
    throw new Error(`--first-draw=mark: the build in ${dist} never sets "${FIRST_DRAW_MARK}"`);
  // auto: the mark when the build sets it, else the first item in the DOM (an older commit's build).
  const ourHow = options.firstDraw === "auto" ? (marks ? "mark" : "dom") : options.firstDraw;
  const cap = appSizeCap(!options.dist);
  const zoomCase = options.cases.includes("zoom");
  const asOfCase = options.cases.includes("asof");
  const shapes = zoomCase ? options.rowsPer.map(shape) : [];

  const dataDir = join(os.tmpdir(), "timeline-bench");
  mkdirSync(dataDir, { recursive: true });
  console.log("writing the datasets…");
  const datasets = writeDatasets(dataDir, shapes, options.sizes, options.seed, cap);
  writeFileSync(join(dataDir, `${WARM_UP_SIZE}.json`), datasetJson(WARM_UP_SIZE, options.seed));
  if (asOfCase)
    writeFileSync(
      join(dataDir, `${options.asOfClaims}-claims.json`),
      claimsDatasetJson(options.asOfClaims, options.seed),
    );
  if (options.junk && zoomCase && libs.includes("ours")) {
    for (const { kind, count } of JUNK)
      writeFileSync(join(dataDir, `junk-${kind}.json`), junkJson(kind, count));
  }
  const dhtmlxCss = join(dataDir, "dhtmlxgantt.css");
  const gantt = join(root, "node_modules/dhtmlx-gantt/codebase");
  writeFileSync(dhtmlxCss, stripWebFonts(readFileSync(join(gantt, "dhtmlxgantt.css"), "utf8")));
  const visDir = join(root, "node_modules/vis-timeline");
  const reactFloor = zoomCase ? await buildReactFloor(join(dataDir, "react-floor")) : {};
  // The pages run at each size: the libraries, and in the zoom case the parse floor (parse.html), a page
  // that only reads and parses the file, loaded the same way: the least any page that reads it all pays.
  const pages = zoomCase ? [...libs, "parse"] : libs;

  // Every step below has its own limit; this one is the backstop that ends a run that hangs anyway.
  const perRun = options.loadTimeoutS + options.zoomTimeoutS + 90;
  const budgetMs =
    (perRun * options.runs * (pages.length * options.sizes.length * shapes.length + 1) +
      (asOfCase
        ? (options.loadTimeoutS + options.asOfTimeoutS + 30) *
          options.runs *
          asOfDatasets(options.asOfClaims).length
        : 0) +
      (options.junk ? JUNK.length * (options.junkTimeoutS + 30) : 0) +
      300 +
      150 * libs.length) *
    1000;
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
      dataDir,
      floor: join(here, "floor.html"),
      peers: {
        vis: {
          "index.html": join(here, "vis.html"),
          "vis-timeline-graph2d.min.js": join(visDir, "standalone/umd/vis-timeline-graph2d.min.js"),
          "vis-timeline-graph2d.min.css": join(visDir, "styles/vis-timeline-graph2d.min.css"),
        },
        react: reactFloor,
        parse: { "index.html": join(here, "parse.html") },
        dhtmlx: {
          "index.html": join(here, "dhtmlx.html"),
          "dhtmlxgantt.js": join(gantt, "dhtmlxgantt.js"),
          "dhtmlxgantt.css": dhtmlxCss,
        },
      },
    });
    browser = await launchBrowser();
    const cpus = os.cpus();
    const machine = {
      cpu: cpus[0]?.model.trim() ?? "unknown CPU",
      cores: cpus.length,
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
      chromium: browser.version(),
      // What the bench turns off in Chromium (measure.mjs): none before session 37.
      chromiumFeaturesOff: BENCH_DISABLED_FEATURES,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    };
    const build = {
      dist,
      // The commit whose build is measured: --dist's own worktree, when it is one.
      commit: git(["rev-parse", "HEAD"], options.dist ? dirname(dist) : root),
      dirty: (git(["status", "--porcelain"], options.dist ? dirname(dist) : root) ?? "") !== "",
      firstDraw:
        ourHow === "mark" ? `performance.mark("${FIRST_DRAW_MARK}")` : "first [data-event-id] in the DOM",
    };
    const versions = {
      dhtmlxGantt: JSON.parse(readFileSync(join(root, "node_modules/dhtmlx-gantt/package.json"), "utf8"))
        .version,
      visTimeline: JSON.parse(readFileSync(join(visDir, "package.json"), "utf8")).version,
    };
    console.log(
      `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, load average ` +
        `${machine.loadAverage.join(" ")}, Chromium ${machine.chromium}, Node ${machine.node}`,
    );
    console.log(
      `Chromium features turned off by the bench: ${machine.chromiumFeaturesOff.join(", ") || "none (BENCH_OMNIBOX_POPUPS=1)"}`,
    );
    console.log(
      `measuring ${dist} (commit ${build.commit?.slice(0, 12) ?? "?"}${build.dirty ? ", with uncommitted changes" : ""}); ` +
        `ours' first draw: ${build.firstDraw}; dhtmlx-gantt ${versions.dhtmlxGantt}, vis-timeline ${versions.visTimeline}`,
    );
    console.log(
      `server ${server.origin}; datasets in ${dataDir}; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
        `${options.runs} run(s) each, median`,
    );
    /** How each page's first draw is read (measure.mjs, firstDrawProbe). */
    const howFor = (lib) => (lib === "floor" ? "floor" : lib === "ours" ? ourHow : "mark");
    const run = (lib, dataset, extra = {}) =>
      measureRun(browser, {
        origin: server.origin,
        lib,
        dataset,
        how: howFor(lib),
        loadTimeoutMs: options.loadTimeoutS * 1000,
        zoomTimeoutMs: options.zoomTimeoutS * 1000,
        ...extra,
      });

    // The same load in a browser context no DevTools agent watches (loadUninspected.mjs): the page's own cost.
    const uninspected = (lib, dataset) =>
      measureUninspectedLoad(browser, {
        origin: server.origin,
        lib,
        dataset,
        how: howFor(lib),
        loadTimeoutMs: options.loadTimeoutS * 1000,
      });
    /** measureRun, then the uninspected load of the same page (none when it could not load at all). */
    const runBoth = async (lib, dataset, extra = {}) => {
      const r = await run(lib, dataset, extra);
      const { load, error } = r.load === null ? { load: null, error: null } : await uninspected(lib, dataset);
      r.loadUninspected = load;
      r.loadUninspectedError = error;
      return r;
    };

    // One unmeasured load of each page first, so that the first measured run pays no browser warm-up.
    console.log(`warm-up: one unmeasured run of each page with ${WARM_UP_SIZE} events`);
    for (const lib of zoomCase ? libs : ["ours"]) {
      await run(lib, `${WARM_UP_SIZE}.json`, { loadTimeoutMs: 30_000, zoomTimeoutMs: 30_000 });
      if (zoomCase) await uninspected(lib, `${WARM_UP_SIZE}.json`);
    }

    // What the harness costs on an empty page: no page can measure below it.
    const floorRuns = [];
    for (let i = 0; zoomCase && i < options.runs; i++) floorRuns.push(await runBoth("floor", "none"));
    const floor = summarise(floorRuns);
    // What React alone costs (the app's own React, one element): the part of ours' load no app code can save.
    const reactRuns = [];
    for (let i = 0; zoomCase && i < options.runs; i++)
      reactRuns.push(await runBoth("react", "none", { skipZoom: true }));
    const reactFloorSummary = summarise(reactRuns);
    if (zoomCase)
      console.log(
        `floor (an empty page, no script): load ${cell(floor, "load", fmt.ms)} ms ` +
          `(no DevTools ${cell(floor, "loadUninspected", fmt.ms)}), zoom ` +
          `${cell(floor, "zoom", fmt.ms)} ms (steps ${cell(floor, "steps", fmt.ms)}), longest task ` +
          `${cell(floor, "longest", fmt.ms1)} ms; React alone (one element, its first-draw mark): load ` +
          `${cell(reactFloorSummary, "load", fmt.ms)} ms (no DevTools ${cell(reactFloorSummary, "loadUninspected", fmt.ms)})`,
      );

    const results = [];
    for (const s of shapes) {
      const rows = [];
      for (const n of options.sizes) {
        const file = s.file(n);
        const row = { n, rows: s.rows(n), dataset: file, ...datasets[file], byLib: {}, samples: {} };
        if (row.overCap)
          console.log(
            `  ${file} is ${(row.bytes / 2 ** 20).toFixed(0)} MB: over the app's cap, ours should refuse it`,
          );
        // Round-robin: run i of every page, then run i + 1 of every page. On a shared machine whose load
        // drifts, each page's runs then meet the same stretches of it, and a ratio compares like with like.
        const runsOf = Object.fromEntries(pages.map((lib) => [lib, []]));
        // The parse floor draws nothing to zoom.
        const state = Object.fromEntries(
          pages.map((lib) => [lib, { skipZoom: lib === "parse", done: false }]),
        );
        for (let i = 0; i < options.runs; i++) {
          for (const lib of pages) {
            const st = state[lib];
            if (st.done) continue;
            const started = Date.now();
            const r = await runBoth(lib, file, { skipZoom: st.skipZoom });
            runsOf[lib].push(r);
            const f = flat(r);
            const took = ((Date.now() - started) / 1000).toFixed(1);
            const said = [
              f.load === null
                ? null
                : `load ${fmt.ms(f.load)} ms${f.dataIn === null ? "" : ` (data in at ${fmt.ms(f.dataIn)})`}` +
                  `, no DevTools ${r.loadUninspectedError ? `failed (${r.loadUninspectedError})` : `${fmt.ms(f.loadUninspected)} ms`}` +
                  (f.allRows === null ? "" : `, all rows at ${fmt.ms(f.allRows)} ms`),
              f.zoom === null
                ? null
                : `zoom ${fmt.ms(f.zoom)} ms (steps ${fmt.ms(f.steps)}, settle ${fmt.ms(f.settle)}, ` +
                  `longest task ${fmt.ms1(f.longest)}, most CPU in one task ${fmt.ms1(f.longestCpu)})${r.zoomed === false ? " (view did not change!)" : ""}`,
              f.pan === null
                ? null
                : `pan ${fmt.ms(f.pan)} ms (longest task ${fmt.ms1(f.panLongest)}, most CPU in one task ${fmt.ms1(f.panLongestCpu)})${r.panned === false ? " (view did not change!)" : ""}`,
              f.heapMB === null
                ? null
                : `heap ${fmt.mb(f.heapMB)} MB (${f.heapRetainedMB === null ? "–" : fmt.mb(f.heapRetainedMB)} after GC)`,
              f.dom === null ? null : `${f.dom} elements`,
              r.error ? `failed: ${r.error}` : null,
            ].filter(Boolean);
            console.log(
              `  ${s.key.padEnd(4)} ${lib.padEnd(6)} ${String(n).padStart(7)} run ${i + 1}/${options.runs}: ` +
                `${said.join(", ")} [${took} s]`,
            );
            // A page that cannot even load in time will not in the next runs either.
            // A zoom that timed out once is not retried at this size; the load still is.
            if (r.load === null) st.done = true;
            if (r.error?.startsWith("zoom timeout")) st.skipZoom = true;
          }
        }
        for (const lib of pages) {
          row.byLib[lib] = summarise(runsOf[lib]);
          row.samples[lib] = runsOf[lib];
        }
        rows.push(row);
      }
      results.push({ shape: s.key, rowsPer: s.rowsPer, label: s.label, rows });
    }

    const junk = [];
    if (options.junk && zoomCase && libs.includes("ours")) {
      for (const { kind, count } of JUNK) {
        const r = await run("ours", `junk-${kind}.json`, {
          how: "answer",
          loadTimeoutMs: options.junkTimeoutS * 1000,
        });
        junk.push({
          kind,
          count,
          answer: r.load,
          answerText: r.answerText,
          error: r.error,
          timedOut: r.timedOut,
        });
        console.log(
          `  junk ${kind} (${count} events): ` +
            (r.load !== null
              ? `first answer after ${fmt.ms(r.load)} ms: "${r.answerText?.slice(0, 80)}"`
              : r.timedOut
                ? `timed out after ${options.junkTimeoutS} s`
                : `failed: ${r.error}`),
        );
      }
    }

    // Issue 9: what each step of the as-of view costs, ours only: the bundled dataset and one with claims.
    const asOf = [];
    for (const [name, file] of asOfCase ? asOfDatasets(options.asOfClaims) : []) {
      const one = { dataset: name, file, keys: ASOF_KEYS, runs: [] };
      asOf.push(one);
      for (let i = 0; i < options.runs; i++) {
        const started = Date.now();
        const r = await measureAsOfRun(browser, {
          origin: server.origin,
          dataset: file,
          loadTimeoutMs: options.loadTimeoutS * 1000,
          stepsTimeoutMs: options.asOfTimeoutS * 1000,
        });
        one.runs.push({ ...r, summary: asOfSummary(r.steps) });
        const all = asOfSummary(r.steps).all;
        console.log(
          `  as-of ${name} run ${i + 1}/${options.runs}: ` +
            (r.error
              ? `failed: ${r.error}`
              : `${r.steps.length} steps, per step total median ${fmt.ms1(all.totalMedian)} ms, max ` +
                `${fmt.ms1(all.totalMax)}; longest task median ${fmt.ms1(all.longestMedian)}, max ` +
                `${fmt.ms1(all.longestMax)}; in thread time: longest task median ` +
                `${fmt.ms1(all.longestCpuMedian)}, max ${fmt.ms1(all.longestCpuMax)}`) +
            ` [${((Date.now() - started) / 1000).toFixed(1)} s]`,
        );
      }
      one.medians = asOfMedians(one.runs);
    }

    const wallS = (Date.now() - wallStart) / 1000;
    for (const { rows, ...s } of results) printShape(shape(s.rowsPer), rows, pages, floor);
    for (const one of asOf) printAsOf(one, options.runs);
    console.log("");
    if (zoomCase)
      console.log(
        `floor: an empty page "loads" (DOMContentLoaded) in ${cell(floor, "load", fmt.ms)} ms; the gesture costs ` +
          `${cell(floor, "zoom", fmt.ms)} ms of main-thread tasks there (steps ${cell(floor, "steps", fmt.ms)}), ` +
          `longest task ${cell(floor, "longest", fmt.ms1)} ms: what the harness itself costs. React alone ` +
          `(one element) first draws at ${cell(reactFloorSummary, "load", fmt.ms)} ms.`,
      );
    const js = {};
    for (const lib of zoomCase ? libs : []) {
      const all = results.flatMap((s) => s.rows.flatMap((row) => row.samples[lib] ?? []));
      const withJs = all.filter((r) => r.initialJs);
      const values = withJs.map((r) => kb(r.initialJs.bytes));
      js[lib] = {
        medianKB: median(values),
        minKB: values.length ? Math.min(...values) : null,
        maxKB: values.length ? Math.max(...values) : null,
        // Issue 10's budget ("130 KB") is in thousands of bytes: the largest, in those units.
        maxThousands: withJs.length ? Math.max(...withJs.map((r) => r.initialJs.bytes)) / 1000 : null,
        files: withJs[0]?.initialJs.files ?? [],
      };
    }
    if (zoomCase)
      console.log(
        "initial JS (gzip KiB, scripts requested before the first draw, measured in the browser; kB: 1,000 bytes): " +
          libs
            .map((lib) => {
              const j = js[lib];
              const spread = j.minKB !== j.maxKB ? ` (${j.minKB}–${j.maxKB})` : "";
              const thousands = j.maxThousands === null ? "" : `, at most ${j.maxThousands.toFixed(1)} kB`;
              return `${lib} ${j.medianKB ?? "–"}${spread}${thousands} [${j.files.map((f) => f.url).join(" + ")}]`;
            })
            .join("; "),
      );
    if (junk.length > 0) {
      console.log(
        "junk files, time to the first answer (problem list, alert or error screen): " +
          junk
            .map(
              (j) =>
                `${j.count} × ${j.kind === "zeros" ? "0" : "{}"}: ` +
                (j.answer !== null
                  ? `${fmt.ms(j.answer)} ms`
                  : j.timedOut
                    ? `timed out after ${options.junkTimeoutS} s`
                    : (j.error ?? "no answer")),
            )
            .join("; "),
      );
    }
    if (zoomCase)
      console.log(
        `load: navigation start → first draw, in a page Playwright drives; no DevTools: the same load in a ` +
          `browser context no DevTools agent is attached to (Playwright's Runtime agent makes V8 re-parse ` +
          `functions for the stack of every Error a page creates; scripts/bench/loadUninspected.mjs); all rows: → ours' chart has laid out all its rows (its first ` +
          `draw lays out those in view; the peers' figure is their render event, which covers the whole); zoom: main-thread task time from the first wheel step until ` +
          `idle again (steps + settle), from a trace; ${WHEEL_STEPS} steps (deltaY ${WHEEL_DELTAS[0]} ×5, ` +
          `+${WHEEL_DELTAS.at(-1)} ×5); 1 s after: tasks in the second after the last step; longest task: ` +
          `during the gesture or the second after; CPU/task: the most thread time of one task there (a task ` +
          `longer than that waited for a core); heap: JSHeapUsedSize once the load is quiet (garbage included); after GC: JSHeapUsedSize after two forced collections at the end of the run; parse: a page that only fetches and parses the file as JSON and puts one element in the page (scripts/bench/parse.html), the least any page that reads the whole file pays; * = median of fewer runs.`,
      );
    const asOfRuns = asOf.flatMap((one) => one.runs);
    const outside = new Set([...floor.outside, ...asOfRuns.flatMap((r) => r.outside)]);
    for (const e of new Set(asOfRuns.flatMap((r) => r.pageErrors ?? [])))
      console.log(`note: as-of: page error: ${e}`);
    for (const s of results) {
      for (const { n, byLib } of s.rows) {
        for (const lib of pages) {
          const x = byLib[lib];
          if (!x) continue;
          for (const url of x.outside) outside.add(url);
          const where = `${s.shape} ${lib} ${n}`;
          for (const e of x.errors) console.log(`note: ${where}: ${e}`);
          for (const e of x.pageErrors) console.log(`note: ${where}: page error: ${e}`);
          for (const count of x.itemCounts) {
            // Ours draws only what is in view; the peers are handed every event.
            if (lib !== "ours" && count !== n)
              console.log(`note: ${where}: ${count} items handed over, not ${n}`);
          }
          if (x.notZoomed > 0)
            console.log(`note: ${where}: the view did not change in ${x.notZoomed} run(s)`);
          if (x.notIdle > 0)
            console.log(
              `note: ${where}: not idle by the trace's end in ${x.notIdle} run(s): zoom is a lower bound`,
            );
        }
      }
    }
    console.log(
      outside.size === 0
        ? "no page made a request off this machine"
        : `requests that tried to leave the machine: ${[...outside].join(", ")}`,
    );
    console.log(`took ${wallS.toFixed(1)} s`);

    const out = options.out ?? join(root, "bench-results/bench.json");
    mkdirSync(dirname(out), { recursive: true });
    const json = {
      date: new Date().toISOString(),
      machine,
      build,
      versions,
      options: { ...options, libs },
      viewport: VIEWPORT,
      wheelDeltas: WHEEL_DELTAS,
      appSizeCapBytes: cap,
      floor: { ...floor, samples: floorRuns },
      reactFloor: { ...reactFloorSummary, samples: reactRuns },
      initialJs: js,
      results: results.map((s) => ({
        ...s,
        rows: s.rows.map(({ byLib, samples, ...row }) => ({
          ...row,
          medians: byLib,
          samples,
        })),
      })),
      junk,
      asOf,
      outsideRequests: [...outside],
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

/**
 * Builds the React floor page (react-floor/) with Vite into `outDir`, served as the "react" peer: the app's
 * React and react-dom, one element and the first-draw mark. Resolves to its files by path under /react/.
 */
async function buildReactFloor(outDir) {
  const { build } = await import("vite");
  await build({
    root: join(here, "react-floor"),
    base: "/react/",
    logLevel: "error",
    configFile: false,
    build: { outDir, emptyOutDir: true, modulePreload: false },
  });
  const files = { "index.html": join(outDir, "index.html") };
  for (const name of readdirSync(join(outDir, "assets")))
    files[`assets/${name}`] = join(outDir, "assets", name);
  return files;
}
