// One measured run in a fresh browser context: load time, DOM size, and main-thread cost of zooming.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium.mjs";

export const VIEWPORT = { width: 1400, height: 900 };
export const WHEEL_STEPS = 10;

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 60_000,
  });
}

class Timeout extends Error {}

/** `promise`, or a Timeout after `ms`. The timer never keeps the process alive. */
function within(ms, promise, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where each library's page lives, what "drawn" means, and where the mouse wheel goes. */
function target(lib, origin, n) {
  const data = `/bench-data/${n}.json`;
  if (lib === "floor") return { url: `${origin}/floor/`, ready: { kind: "floor" }, surface: ".floor" };
  if (lib === "vis") {
    return { url: `${origin}/vis/?data=${data}`, ready: { kind: "vis" }, surface: ".vis-center" };
  }
  return {
    url: `${origin}/?data=${encodeURIComponent(data)}`,
    ready: { kind: "ours" },
    surface: ".zoom-surface",
  };
}

/**
 * In the page: performance.now() (ms since navigation start) as soon as the items are drawn, or the
 * error screen's text. Ours: `svg[data-ready="true"]`, set once the rows are laid out and the items in
 * view drawn. vis: the first `.vis-item`, once vis has made its timeline visible.
 */
function readyProbe(ready) {
  const error = document.querySelector(".error-screen");
  if (error) return { error: (error.textContent || "error screen").trim().slice(0, 200) };
  let drawn;
  if (ready.kind === "vis") {
    // vis-timeline keeps its root at visibility: hidden until its first full redraw.
    const root = document.querySelector(".vis-timeline");
    drawn =
      root !== null &&
      getComputedStyle(root).visibility === "visible" &&
      document.querySelector(".vis-item") !== null;
  } else if (ready.kind === "floor") drawn = document.querySelector(".floor") !== null;
  else drawn = document.querySelector('svg[data-ready="true"]') !== null;
  return drawn ? { at: performance.now() } : false;
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
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

/** Something that changes when the view zooms: vis's visible window, or where our first items sit. */
function viewFingerprint(lib) {
  if (lib === "vis") {
    const w = window.benchTimeline?.getWindow();
    return w ? `${+w.start}/${+w.end}` : "";
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
  let last = await taskSeconds(cdp);
  let quietSince = Date.now();
  let at = await now();
  while (Date.now() - started < maxMs) {
    await sleep(250);
    const tasks = await taskSeconds(cdp);
    if (tasks - last >= 0.01) {
      quietSince = Date.now();
      at = await now();
    }
    last = tasks;
    if (Date.now() - quietSince >= quietMs) return { at, quiet: true };
  }
  return { at, quiet: false };
}

/**
 * One run of one library at one size, in its own context. Resolves to
 * { load, settled, quiet, dom, zoom, zoomed, error, timedOut, pageErrors }: load and settled in ms since
 * navigation start, dom in elements, zoom in main-thread ms per wheel step; null where not measured.
 * `skipZoom`: measure load and DOM only (used after a zoom has already timed out at this size).
 */
export async function measureRun(
  browser,
  { origin, lib, n, loadTimeoutMs, zoomTimeoutMs, skipZoom = false },
) {
  const result = {
    load: null,
    settled: null,
    quiet: null,
    dom: null,
    items: null,
    zoom: null,
    zoomed: null,
    zoomSteps: 0,
    stepMs: [],
    endMs: null,
    error: null,
    timedOut: false,
  };
  const pageErrors = [];
  const { url, ready, surface } = target(lib, origin, n);
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  let phase = "load";
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error.message).slice(0, 200)));
    page.on("crash", () => pageErrors.push("the page crashed"));

    const started = Date.now();
    await page.goto(url, { waitUntil: "commit", timeout: loadTimeoutMs });
    const remaining = Math.max(1_000, loadTimeoutMs - (Date.now() - started));
    const handle = await page.waitForFunction(readyProbe, ready, { polling: "raf", timeout: remaining });
    const outcome = await handle.jsonValue();
    if (outcome.error) {
      result.error = `error screen: ${outcome.error}`;
      return result;
    }
    result.load = outcome.at;

    // DOM size and zoom are measured in this same page once the load's own work has died down
    // (vis-timeline draws unstacked first and stacks on a later redraw, about a second on).
    phase = "settle";
    const cdp = await context.newCDPSession(page);
    const { centre } = await within(
      60_000,
      (async () => {
        await cdp.send("Performance.enable");
        const settled = await settle(page, cdp, 1_500, 20_000);
        result.settled = settled.at;
        result.quiet = settled.quiet;
        result.dom = await page.evaluate(() => document.getElementsByTagName("*").length);
        // How many events each side drew (ours) or was handed (vis): both should be all n.
        result.items = await page.evaluate(
          (which) =>
            which === "vis"
              ? (window.benchItemCount ?? null)
              : which === "floor"
                ? null
                : document.querySelectorAll("svg [data-event-id]").length,
          lib,
        );
        return { centre: await page.evaluate(chartCentre, surface) };
      })(),
      "settle",
    );
    if (!centre) throw new Error("no visible chart area to zoom");
    if (skipZoom) return result;

    phase = "zoom";
    let partial = null;
    try {
      await within(
        zoomTimeoutMs,
        (async () => {
          await page.mouse.move(centre.x, centre.y);
          await page.evaluate(twoFrames);
          await settle(page, cdp, 500, 5_000);
          const before = await page.evaluate(viewFingerprint, lib);
          const t0 = await taskSeconds(cdp);
          let last = t0;
          for (let i = 0; i < WHEEL_STEPS; i++) {
            await page.mouse.wheel(0, -120);
            await page.evaluate(twoFrames);
            const now = await taskSeconds(cdp);
            result.stepMs.push((now - last) * 1000);
            last = now;
            partial = ((now - t0) * 1000) / (i + 1);
            result.zoomSteps = i + 1;
          }
          await sleep(300);
          const t1 = await taskSeconds(cdp);
          // What the gesture's end cost (after the last step's frames): the redraw, the URL.
          result.endMs = (t1 - last) * 1000;
          result.zoom = ((t1 - t0) * 1000) / WHEEL_STEPS;
          // The empty page has nothing to zoom.
          result.zoomed = lib === "floor" ? null : (await page.evaluate(viewFingerprint, lib)) !== before;
        })(),
        "zoom",
      );
    } catch (error) {
      if (partial !== null) result.zoomPartial = partial;
      throw error;
    }
  } catch (error) {
    const timedOut = error instanceof Timeout || error?.name === "TimeoutError";
    result.timedOut = timedOut;
    const message = String(error?.message ?? error)
      .split("\n")[0]
      .slice(0, 200);
    result.error = timedOut ? `${phase} timeout` : `${phase}: ${message}`;
    if (phase === "zoom" && result.zoomSteps > 0) {
      result.error += ` after ${result.zoomSteps}/${WHEEL_STEPS} wheel steps`;
      if (result.zoomPartial !== undefined)
        result.error += ` (≈${Math.round(result.zoomPartial)} ms/step so far)`;
    }
  } finally {
    // A page stuck in a long task can make closing slow; the browser itself is closed at the end anyway.
    await within(20_000, context.close(), "closing the context").catch(() => {});
  }
  result.pageErrors = pageErrors;
  return result;
}
