// One measured run in a fresh browser context: load time, DOM size, and main-thread cost of zooming.
import { chromium } from "@playwright/test";

export const VIEWPORT = { width: 1400, height: 900 };
export const WHEEL_STEPS = 10;

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: LAUNCH_ARGS,
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
function target(lib, origin, n, strictReady) {
  const data = `/bench-data/${n}.json`;
  if (lib === "vis") {
    return { url: `${origin}/vis/?data=${data}`, ready: { kind: "selector", selector: ".vis-item" } };
  }
  return {
    url: `${origin}/?data=${encodeURIComponent(data)}`,
    ready: { kind: strictReady ? "strict" : "ours" },
  };
}

/**
 * In the page: performance.now() (ms since navigation start) as soon as the items are drawn, or the
 * error screen's text. Ours: `svg[data-ready="true"]`; until the app sets data-ready on its svg, the
 * first `svg [data-event-id]`. vis: the first `.vis-item`.
 */
function readyProbe(ready) {
  const error = document.querySelector(".error-screen");
  if (error) return { error: (error.textContent || "error screen").trim().slice(0, 200) };
  let drawn;
  if (ready.kind === "selector") drawn = document.querySelector(ready.selector) !== null;
  else if (document.querySelector('svg[data-ready="true"]')) drawn = true;
  else if (ready.kind === "strict" || document.querySelector("svg[data-ready]")) drawn = false;
  else drawn = document.querySelector("svg [data-event-id]") !== null;
  return drawn ? { at: performance.now() } : false;
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
}

function twoFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Centre of the visible part of the chart area (the zoom target), in viewport pixels. */
function chartCentre(lib) {
  const selectors = lib === "vis" ? [".vis-center"] : [".zoom-surface", "svg.timeline-svg", "svg"];
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    if (!element) continue;
    const r = element.getBoundingClientRect();
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, innerWidth);
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, innerHeight);
    if (right - left < 4 || bottom - top < 4) continue;
    return { x: (left + right) / 2, y: (top + bottom) / 2, selector };
  }
  return null;
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

/** Waits (at most `maxMs`) until the main thread has been nearly idle for one 250 ms interval. */
async function settle(cdp, maxMs) {
  const started = Date.now();
  let last = await taskSeconds(cdp);
  while (Date.now() - started < maxMs) {
    await sleep(250);
    const now = await taskSeconds(cdp);
    if (now - last < 0.01) return;
    last = now;
  }
}

/**
 * One run of one library at one size, in its own context. Resolves to
 * { load, dom, zoom, zoomed, error, timedOut, pageErrors }: load in ms since navigation start, dom in
 * elements, zoom in main-thread ms per wheel step; null where not measured.
 */
export async function measureRun(browser, { origin, lib, n, strictReady, loadTimeoutMs, zoomTimeoutMs }) {
  const result = { load: null, dom: null, zoom: null, zoomed: null, error: null, timedOut: false };
  const pageErrors = [];
  const { url, ready } = target(lib, origin, n, strictReady);
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
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
      result.error = outcome.error;
      return result;
    }
    result.load = outcome.at;

    // Zoom is measured in this same page once the load's own work has died down.
    await within(
      zoomTimeoutMs,
      (async () => {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Performance.enable");
        await settle(cdp, 10_000);
        result.dom = await page.evaluate(() => document.getElementsByTagName("*").length);

        const centre = await page.evaluate(chartCentre, lib);
        if (!centre) throw new Error("no visible chart area to zoom");
        await page.mouse.move(centre.x, centre.y);
        await page.evaluate(twoFrames);
        await settle(cdp, 3_000);
        const before = await page.evaluate(viewFingerprint, lib);

        const t0 = await taskSeconds(cdp);
        for (let i = 0; i < WHEEL_STEPS; i++) {
          await page.mouse.wheel(0, -120);
          await page.evaluate(twoFrames);
        }
        await sleep(300);
        const t1 = await taskSeconds(cdp);
        result.zoom = ((t1 - t0) * 1000) / WHEEL_STEPS;
        result.zoomed = (await page.evaluate(viewFingerprint, lib)) !== before;
      })(),
      "zoom",
    );
  } catch (error) {
    const timedOut = error instanceof Timeout || error?.name === "TimeoutError";
    result.timedOut = timedOut;
    result.error = timedOut
      ? "timeout"
      : String(error?.message ?? error)
          .split("\n")[0]
          .slice(0, 200);
  } finally {
    // A page stuck in a long task can make closing slow; the browser itself is closed at the end anyway.
    await within(20_000, context.close(), "closing the context").catch(() => {});
  }
  result.pageErrors = pageErrors;
  return result;
}
