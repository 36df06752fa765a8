// One measured run in a fresh browser context: first draw, initial JS, JS heap, DOM size, and the
// main-thread cost of a wheel-zoom gesture read from a Chrome trace. The numbers are defined in README.md.
import { readdirSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium.mjs";
import { disabledFeatures } from "./disabledFeatures.mjs";
import { ALL_ROWS_MARK, FIRST_DRAW_MARK, initialScripts, recordResponses } from "../initialJsInBrowser.mjs";
import { analyseGesture, analyseSteps, TRACE_CATEGORIES } from "./trace.mjs";
import { nextReportButton } from "./nextReportButton.mjs";

export const VIEWPORT = { width: 1400, height: 900 };
/** Issue 10's gesture: 5 wheel steps in and 5 out at the chart's centre, two animation frames after each. */
export const WHEEL_DELTAS = [-150, -150, -150, -150, -150, 150, 150, 150, 150, 150];
export const WHEEL_STEPS = WHEEL_DELTAS.length;
/**
 * Ours only (the peers' drag does not pan here: dhtmlx-gantt's is read-only): after the zoom gesture, 3
 * wheel steps in (at the fitted view there is nothing to pan to), then a drag of 10 steps of 60 px to the
 * left at the chart's centre, two animation frames after each.
 */
export const PAN_ZOOM_IN = 3;
export const PAN_STEPS = 10;
export const PAN_STEP_PX = 60;
/** The mark our chart (and each peer's page, in its render event) sets when it first draws an item. */
export { FIRST_DRAW_MARK };
/** How long after the gesture the page is watched, at least: the issue's "second after". */
const AFTER_MS = 1_000;
/** The page is idle again once the next 500 ms hold less than 5 ms of main-thread tasks (trace.mjs). */
export const IDLE_WINDOW_MS = 500;

/**
 * What the bench turns off in Chromium beyond the browser tests' settings: the address bar's popups. Headless
 * Chromium 156 builds them as web pages (chrome://omnibox-popup.top-chrome/) in every new window, and every
 * browser context the bench opens is a new window: a renderer that loads over a hundred scripts for them,
 * on the machine's two cores, in the very first few hundred ms of the page under test. A reader's browser
 * builds them once per window, not once per page load. `BENCH_OMNIBOX_POPUPS=1` keeps them (the yardstick of
 * every run before session 37).
 */
export const BENCH_DISABLED_FEATURES =
  process.env.BENCH_OMNIBOX_POPUPS === "1"
    ? []
    : ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

/** The command line of this process's Chromium (Linux: /proc), the one child that Playwright talks to by pipe. */
function chromiumCommandLine() {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent !== process.pid) continue;
      const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (argv.includes("--remote-debugging-pipe")) return argv;
    } catch {
      // A process that ended while it was read.
    }
  }
  throw new Error("launchBrowser: cannot read the command line Chromium was launched with");
}

/**
 * The bench's Chromium, with BENCH_DISABLED_FEATURES off as well as what Playwright turns off: Playwright's
 * list is read from the command line of a first browser, which is then closed (disabledFeatures.mjs).
 */
export async function launchBrowser() {
  const options = { executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 };
  if (BENCH_DISABLED_FEATURES.length === 0) return chromium.launch(options);
  const first = await chromium.launch(options);
  let argv;
  try {
    argv = chromiumCommandLine();
  } finally {
    await first.close();
  }
  const { theirs, merged } = disabledFeatures(argv, BENCH_DISABLED_FEATURES);
  return chromium.launch({
    ...options,
    ...(theirs === null ? {} : { ignoreDefaultArgs: [theirs] }),
    args: [...CHROMIUM_ARGS, merged],
  });
}

export class Timeout extends Error {}

/** `promise`, or a Timeout after `ms`. The timer never keeps the process alive. */
function within(ms, promise, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where each page lives and where its zoom surface is. `dataset` is a file name under /bench-data/. */
export function target(lib, origin, dataset) {
  const data = `/bench-data/${dataset}`;
  if (lib === "floor") return { url: `${origin}/floor/`, surface: ".floor" };
  if (lib === "react") return { url: `${origin}/react/`, surface: ".react-floor" };
  if (lib === "parse") return { url: `${origin}/parse/?data=${data}`, surface: ".parse-floor" };
  if (lib === "vis") return { url: `${origin}/vis/?data=${data}`, surface: ".vis-center" };
  if (lib === "dhtmlx") return { url: `${origin}/dhtmlx/?data=${data}`, surface: ".gantt_data_area" };
  return { url: `${origin}/?data=${encodeURIComponent(data)}`, surface: ".zoom-surface" };
}

/**
 * Installed before any page script when the build has no first-draw mark (an older commit) or when the
 * page's first answer is what is measured (a junk file): records performance.now() when the first item
 * ([data-event-id]) and the first answer (an item, the error screen, an alert or the problem list) enter
 * the DOM. A MutationObserver's callback runs right after the DOM change, before the next paint.
 */
export function watchDom() {
  const seen = { item: null, answer: null, answerText: null };
  window.__benchDom = seen;
  const ANSWER = ".error-screen, [role=alert], .problems";
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (seen.item === null && document.querySelector("[data-event-id]")) seen.item = now;
    if (seen.answer === null) {
      const answer = document.querySelector(ANSWER) ?? document.querySelector("[data-event-id]");
      if (answer) {
        seen.answer = now;
        seen.answerText = (answer.textContent || "").trim().slice(0, 200);
      }
    }
    if (seen.item !== null && seen.answer !== null) observer.disconnect();
  });
  const start = () => observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start();
  else document.addEventListener("readystatechange", start, { once: true });
}

/**
 * In the page: the first draw (ms since navigation start) once there is one, the error screen's text,
 * or false. `how`: "mark" (the FIRST_DRAW_MARK), "dom" (watchDom's first item), "floor" (the empty
 * page: DOMContentLoaded done), "answer" (watchDom's first answer: a junk file).
 */
export function firstDrawProbe({ how, mark }) {
  if (how === "answer") {
    const seen = window.__benchDom;
    return seen && seen.answer !== null ? { at: seen.answer, text: seen.answerText } : false;
  }
  const error = document.querySelector(".error-screen");
  if (error) return { error: (error.textContent || "error screen").trim().slice(0, 200) };
  if (how === "floor") {
    const nav = performance.getEntriesByType("navigation")[0];
    return nav && nav.domContentLoadedEventEnd > 0 ? { at: nav.domContentLoadedEventEnd } : false;
  }
  if (how === "dom") {
    const at = window.__benchDom?.item ?? null;
    return at === null ? false : { at };
  }
  const entry = performance.getEntriesByName(mark)[0];
  return entry ? { at: entry.startTime } : false;
}

/**
 * Polls `probe(arg)` in the page through CDP's Runtime.evaluate until it returns something other than false.
 * Not Playwright's waitForFunction: that first evaluates Playwright's own injected script in the page, 20–100 ms
 * of main-thread work here, which landed inside the load it was measuring (seen in a trace of the 1k load, on
 * every page). A CDP evaluation of the small probe costs the page next to nothing.
 */
export async function waitInPage(cdp, probe, arg, { intervalMs, timeoutMs }) {
  const expression = `(${probe.toString()})(${JSON.stringify(arg)})`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A page busy in one long task answers late: the wait still ends at the deadline.
    const answer = await within(
      Math.max(1, deadline - Date.now()),
      // Before the page's document is committed there is no context to evaluate in: try again.
      cdp.send("Runtime.evaluate", { expression, returnByValue: true }).catch(() => null),
      "the first draw",
    );
    const value = answer?.result?.value;
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Timeout(`the first draw: none within ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * The JS heap the page holds at the end of its run, in MiB: JSHeapUsedSize after two forced collections.
 * heapMB, read once the load is quiet, also counts garbage not yet collected, so it moves with the moment
 * the last collection ran; this one is comparable from build to build. Read last: a forced collection
 * must not change what the gestures measure.
 */
async function retainedHeapMB(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return (await metrics(cdp)).JSHeapUsedSize / 2 ** 20;
}

function twoFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Centre of the visible part of the chart area (the zoom target, `selector`), in viewport pixels. */
function chartCentre(selector) {
  const element = document.querySelector(selector);
  if (!element) return null;
  const r = element.getBoundingClientRect();
  const left = Math.max(r.left, 0);
  const right = Math.min(r.right, innerWidth);
  const top = Math.max(r.top, 0);
  const bottom = Math.min(r.bottom, innerHeight);
  if (right - left < 4 || bottom - top < 4) return null;
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/** Something that changes when the view zooms: the peer's visible window or scale, or where our items sit. */
function viewFingerprint(lib) {
  if (lib === "vis") {
    const w = window.benchTimeline?.getWindow();
    return w ? `${+w.start}/${+w.end}` : "";
  }
  if (lib === "dhtmlx") {
    const g = window.benchGantt;
    return g ? `${g.ext.zoom.getCurrentLevel()}/${g.config.min_column_width}/${g.getScrollState().x}` : "";
  }
  return Array.from(document.querySelectorAll("svg [data-event-id]"))
    .slice(0, 20)
    .map((e) => {
      const r = e.getBoundingClientRect();
      return `${Math.round(r.left)},${Math.round(r.width)}`;
    })
    .join(";");
}

/**
 * Waits until the main thread has done less than 10 ms of work in every 250 ms for `quietMs` in a row
 * (at most `maxMs`). Resolves to the page's performance.now() at the end of the last busy interval:
 * roughly when the page stopped changing (±250 ms), and whether it did go quiet.
 */
async function settle(page, cdp, quietMs, maxMs) {
  const now = () => page.evaluate(() => performance.now());
  const started = Date.now();
  let last = (await metrics(cdp)).TaskDuration;
  let quietSince = Date.now();
  let at = await now();
  while (Date.now() - started < maxMs) {
    await sleep(250);
    const tasks = (await metrics(cdp)).TaskDuration;
    if (tasks - last >= 0.01) {
      quietSince = Date.now();
      at = await now();
    }
    last = tasks;
    if (Date.now() - quietSince >= quietMs) return { at, quiet: true };
  }
  return { at, quiet: false };
}

/** Records a Chrome trace of `categories` around `body()`; resolves to the trace's events. */
export async function traced(cdp, body, categories = TRACE_CATEGORIES) {
  const events = [];
  const onData = ({ value }) => {
    for (const event of value) events.push(event);
  };
  cdp.on("Tracing.dataCollected", onData);
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: categories, recordMode: "recordAsMuchAsPossible" },
    transferMode: "ReportEvents",
  });
  let failed = null;
  try {
    await body();
  } catch (error) {
    failed = error;
  }
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await within(60_000, complete, "collecting the trace");
  cdp.off("Tracing.dataCollected", onData);
  if (failed) throw failed;
  return events;
}

/**
 * One run of one page on one dataset, in its own context. Resolves to a record whose fields are
 * described in README.md; null where not measured. `skipZoom`: measure the load only (used after a zoom
 * has already timed out at this size). `how`: how the first draw is read (see firstDrawProbe).
 */
export async function measureRun(
  browser,
  { origin, lib, dataset, how, loadTimeoutMs, zoomTimeoutMs, skipZoom = false },
) {
  const result = {
    load: null,
    allRows: null,
    answerText: null,
    settled: null,
    quiet: null,
    dom: null,
    items: null,
    heapMB: null,
    heapRetainedMB: null,
    dataIn: null,
    initialJs: null,
    zoom: null,
    zoomed: null,
    zoomSteps: 0,
    pan: null,
    panned: null,
    outside: [],
    error: null,
    timedOut: false,
  };
  const pageErrors = [];
  const { url, surface } = target(lib, origin, dataset);
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  const { responses, outside } = recordResponses(context, origin);
  let phase = "load";
  let cdp = null;
  try {
    if (how === "dom" || how === "answer") await context.addInitScript(watchDom);
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error.message).slice(0, 200)));
    page.on("crash", () => pageErrors.push("the page crashed"));

    cdp = await context.newCDPSession(page);
    const started = Date.now();
    await page.goto(url, { waitUntil: "commit", timeout: loadTimeoutMs });
    const remaining = Math.max(1_000, loadTimeoutMs - (Date.now() - started));
    // The probe only reads what the page recorded, so how often it polls does not change the figure.
    const outcome = await waitInPage(
      cdp,
      firstDrawProbe,
      { how, mark: FIRST_DRAW_MARK },
      { intervalMs: 50, timeoutMs: remaining },
    );
    if (outcome.error) {
      result.error = `error screen: ${outcome.error}`;
      return result;
    }
    result.load = outcome.at;
    if (how === "answer") {
      result.answerText = outcome.text;
      return result;
    }

    // The rest is measured in this same page once the load's own work has died down (vis-timeline
    // draws unstacked first and stacks on a later redraw, about a second on).
    phase = "settle";
    const { centre } = await within(
      60_000,
      (async () => {
        await cdp.send("Performance.enable");
        const settled = await settle(page, cdp, 1_500, 20_000);
        result.settled = settled.at;
        result.quiet = settled.quiet;
        result.heapMB = (await metrics(cdp)).JSHeapUsedSize / 2 ** 20;
        // Ours: when all the chart's rows were laid out (its first draw lays out those in view first).
        result.allRows = await page.evaluate(
          (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null,
          ALL_ROWS_MARK,
        );
        result.dom = await page.evaluate(() => document.getElementsByTagName("*").length);
        // When the dataset's last byte arrived (every page fetches the same file): the network's share of
        // the load, which no page's own work can shorten.
        result.dataIn = await page.evaluate(
          () =>
            performance.getEntriesByType("resource").find((r) => r.name.includes("/bench-data/"))
              ?.responseEnd ?? null,
        );
        // How many events each page drew (ours: in view) or was handed (the peers).
        result.items = await page.evaluate(
          (which) =>
            which === "vis" || which === "dhtmlx" || which === "parse"
              ? (window.benchItemCount ?? null)
              : which === "floor"
                ? null
                : document.querySelectorAll("svg [data-event-id]").length,
          lib,
        );
        const timeOrigin = await page.evaluate(() => performance.timeOrigin);
        result.initialJs = await initialScripts(responses, timeOrigin, result.load);
        return { centre: await page.evaluate(chartCentre, surface) };
      })(),
      "settle",
    );
    if (!centre) throw new Error("no visible chart area to zoom");
    if (skipZoom) return result;

    phase = "zoom";
    await within(
      zoomTimeoutMs,
      (async () => {
        await page.mouse.move(centre.x, centre.y);
        await page.evaluate(twoFrames);
        await settle(page, cdp, 500, 5_000);
        const before = await page.evaluate(viewFingerprint, lib);
        const taskSecondsBefore = (await metrics(cdp)).TaskDuration;
        let afterIn = before;
        const events = await traced(cdp, async () => {
          await page.evaluate(() => performance.mark("bench:gesture-start"));
          for (const [i, deltaY] of WHEEL_DELTAS.entries()) {
            await page.mouse.wheel(0, deltaY);
            await page.evaluate(twoFrames);
            await page.evaluate((step) => performance.mark(`bench:step-${step}`), i + 1);
            result.zoomSteps = i + 1;
            if (deltaY < 0 && WHEEL_DELTAS[i + 1] > 0) afterIn = await page.evaluate(viewFingerprint, lib);
          }
          await page.evaluate(() => performance.mark("bench:gesture-end"));
          const ended = Date.now();
          // Until the page is idle again (the settle redraw, the URL write), and at least a second.
          await settle(page, cdp, IDLE_WINDOW_MS + 250, 15_000);
          await sleep(Math.max(0, AFTER_MS + IDLE_WINDOW_MS - (Date.now() - ended)));
        });
        result.taskDurationMs = ((await metrics(cdp)).TaskDuration - taskSecondsBefore) * 1000;
        result.zoom = analyseGesture(events, { afterMs: AFTER_MS, idleWindowMs: IDLE_WINDOW_MS });
        // The empty page has nothing to zoom.
        result.zoomed = lib === "floor" ? null : afterIn !== before;
      })(),
      "zoom",
    );

    if (lib !== "ours") return result;
    phase = "pan";
    await within(
      zoomTimeoutMs,
      (async () => {
        for (let i = 0; i < PAN_ZOOM_IN; i++) {
          await page.mouse.wheel(0, -150);
          await page.evaluate(twoFrames);
        }
        await settle(page, cdp, 500, 10_000);
        const before = await page.evaluate(viewFingerprint, lib);
        const events = await traced(cdp, async () => {
          await page.evaluate(() => performance.mark("bench:gesture-start"));
          await page.mouse.down();
          for (let i = 1; i <= PAN_STEPS; i++) {
            await page.mouse.move(centre.x - i * PAN_STEP_PX, centre.y);
            await page.evaluate(twoFrames);
            await page.evaluate((step) => performance.mark(`bench:step-${step}`), i);
          }
          await page.mouse.up();
          await page.evaluate(() => performance.mark("bench:gesture-end"));
          const ended = Date.now();
          await settle(page, cdp, IDLE_WINDOW_MS + 250, 15_000);
          await sleep(Math.max(0, AFTER_MS + IDLE_WINDOW_MS - (Date.now() - ended)));
        });
        result.pan = analyseGesture(events, { afterMs: AFTER_MS, idleWindowMs: IDLE_WINDOW_MS });
        result.panned = (await page.evaluate(viewFingerprint, lib)) !== before;
      })(),
      "pan",
    );
  } catch (error) {
    const timedOut = error instanceof Timeout || error?.name === "TimeoutError";
    result.timedOut = timedOut;
    const message = String(error?.message ?? error)
      .split("\n")[0]
      .slice(0, 200);
    result.error = timedOut ? `${phase} timeout` : `${phase}: ${message}`;
    if (phase === "zoom" && result.zoomSteps > 0)
      result.error += ` after ${result.zoomSteps}/${WHEEL_STEPS} wheel steps`;
  } finally {
    // After the last gesture (or the load alone, with skipZoom), only for a run that went through.
    if (cdp && result.load !== null && !result.error && how !== "answer")
      result.heapRetainedMB = await within(30_000, retainedHeapMB(cdp), "heap").catch(() => null);
    result.outside = [...new Set(outside)];
    result.pageErrors = pageErrors;
    // A page stuck in a long task can make closing slow; the browser itself is closed at the end anyway.
    await within(20_000, context.close(), "closing the context").catch(() => {});
  }
  return result;
}

/** The as-of case's keyboard steps, on the slider after the last "Next report": back to the first day, then a day at a time. */
export const ASOF_KEYS = ["Home", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight"];
/** At most this many "Next report" steps (a synthetic dataset may have thousands of report days). */
export const ASOF_MAX_REPORTS = 40;
const ASOF_PREFIX = "bench:asof-";

/**
 * The as-of case (issue 9): our page on `dataset` (a file under /bench-data/, or null: the bundled
 * dataset), at the first report day (the slider's Home), then "Next report" through every report (at
 * most ASOF_MAX_REPORTS) and ASOF_KEYS on the slider, each step waited out until the page is quiet, all
 * in one Chrome trace. Resolves to { load, reports, steps: [{ kind, total, longest, idleAfter, quiet }] }
 * (trace.mjs analyseSteps), error and timedOut.
 */
export async function measureAsOfRun(browser, { origin, dataset, loadTimeoutMs, stepsTimeoutMs }) {
  const result = { load: null, steps: [], outside: [], error: null, timedOut: false };
  const pageErrors = [];
  const url =
    dataset === null ? `${origin}/` : `${origin}/?data=${encodeURIComponent(`/bench-data/${dataset}`)}`;
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  const { outside } = recordResponses(context, origin);
  let phase = "load";
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error.message).slice(0, 200)));
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: "commit", timeout: loadTimeoutMs });
    const drawn = await waitInPage(
      cdp,
      firstDrawProbe,
      { how: "mark", mark: FIRST_DRAW_MARK },
      { intervalMs: 50, timeoutMs: loadTimeoutMs },
    );
    if (drawn.error) throw new Error(`error screen: ${drawn.error}`);
    result.load = drawn.at;

    phase = "as-of steps";
    await cdp.send("Performance.enable");
    await within(
      stepsTimeoutMs,
      (async () => {
        const slider = page.getByRole("slider", { name: "Known as of" });
        await slider.focus();
        await page.keyboard.press("Home");
        await settle(page, cdp, 1_500, 20_000);
        const kinds = [];
        const waitOut = async () => {
          const started = Date.now();
          await settle(page, cdp, IDLE_WINDOW_MS + 250, 10_000);
          // At least the step's transition (300 ms) and the idle window after it.
          await sleep(Math.max(0, 300 + IDLE_WINDOW_MS - (Date.now() - started)));
        };
        const mark = (name) => page.evaluate((n) => performance.mark(n), ASOF_PREFIX + name);
        const events = await traced(cdp, async () => {
          for (let i = 0; i < ASOF_MAX_REPORTS; i++) {
            const next = await page.evaluate(nextReportButton);
            // No button at all is the page changed under the bench, not a last report: said, not skipped.
            if (!next) throw new Error('no "Next report" button in .as-of');
            if (next.disabled) break;
            await mark(String(kinds.length + 1));
            await page.mouse.click(next.x, next.y);
            kinds.push("next report");
            await waitOut();
          }
          result.reports = kinds.length;
          await slider.focus();
          await waitOut();
          for (const key of ASOF_KEYS) {
            await mark(String(kinds.length + 1));
            await page.keyboard.press(key);
            kinds.push(`key ${key}`);
            await waitOut();
          }
          await mark("end");
        });
        const steps = analyseSteps(events, { prefix: ASOF_PREFIX, idleWindowMs: IDLE_WINDOW_MS });
        result.steps = steps.map((s, i) => ({ kind: kinds[i], ...s }));
      })(),
      "as-of steps",
    );
  } catch (error) {
    const timedOut = error instanceof Timeout || error?.name === "TimeoutError";
    result.timedOut = timedOut;
    const message = String(error?.message ?? error)
      .split("\n")[0]
      .slice(0, 200);
    result.error = timedOut ? `${phase} timeout` : `${phase}: ${message}`;
  } finally {
    result.outside = [...new Set(outside)];
    result.pageErrors = pageErrors;
    await within(20_000, context.close(), "closing the context").catch(() => {});
  }
  return result;
}
