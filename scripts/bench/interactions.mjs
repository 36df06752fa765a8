#!/usr/bin/env node
// A reader's clicks and keys on a large chart, beyond zoom and pan: the main-thread tasks each one makes, read
// from a Chrome trace, for one build or two taken in turn in one browser (a before and an after).
//
//   node scripts/bench/interactions.mjs <dist> [<other dist>] [--size=100000] [--rows-per=50] [--seed=1]
//                                       [--rounds=2] [--out=<file.json>]
//
// Each round opens a page per build (1400×900), waits for the first draw and 3 s, then takes the steps below
// in order, 2.5 s apart, under one trace. Each step's element is found before its mark, so that Playwright's
// own search of the page (slow on a page of 2,000 tables) is not counted. Each step is read as the as-of
// case reads its steps (trace.mjs analyseSteps: from its mark until the page is idle). Printed per build and
// step: the median over the rounds of its task time and of its longest task. Nothing here is asserted: it is
// a measurement.
import { writeFileSync } from "node:fs";
import { buildsArgs, inTurn, openChart, serveBuilds } from "./buildsAtHand.mjs";
import { IDLE_WINDOW_MS, launchBrowser, traced } from "./measure.mjs";
import { analyseSteps } from "./trace.mjs";

const PREFIX = "bench:act-";

const { dists, option } = buildsArgs(
  "usage: node scripts/bench/interactions.mjs <dist> [<other dist>] [--size=100000] [--rounds=2] [--out=…]",
  { min: 1, max: 2 },
);
const rounds = Number(option("rounds", "2"));
const out = option("out", null);

/**
 * The steps, each [name, find, act]: `find` resolves what the step acts on (before the mark), `act` acts.
 * The as-of slider starts at its last day; the first ArrowLeft is the page's first day before it.
 */
const STEPS = [
  [
    "Zoom in (button)",
    (page) => page.getByRole("button", { name: "Zoom in", exact: true }),
    (x) => x.click(),
  ],
  ["Fit", (page) => page.getByRole("button", { name: "Fit" }), (x) => x.click()],
  ["untick a show", (page) => shows(page).getByRole("checkbox").first(), (x) => x.click()],
  ["tick it again", (page) => shows(page).getByRole("checkbox").first(), (x) => x.click()],
  ["type 'quote 9' in Search", (page) => search(page), (x, page) => typeInto(x, page, "quote 9")],
  ["empty Search", (page) => search(page), (x) => x.fill("")],
  ["as of: ArrowLeft (first day back)", (page) => slider(page), (x, page) => pressOn(x, page, "ArrowLeft")],
  ["as of: ArrowLeft", (page) => slider(page), (x, page) => pressOn(x, page, "ArrowLeft")],
  ["as of: PageDown", (page) => slider(page), (x, page) => pressOn(x, page, "PageDown")],
  ["as of: End", (page) => slider(page), (x, page) => pressOn(x, page, "End")],
  ["click an item (sources open)", (page) => page.locator("svg [data-event-id]").first(), (x) => x.click()],
  ["Close sources", (page) => page.getByRole("button", { name: "Close sources" }), (x) => x.click()],
  ["Table", (page) => page.getByRole("button", { name: "Table" }), (x) => x.click()],
  ["Chart", (page) => page.getByRole("button", { name: "Chart" }), (x) => x.click()],
  ["How it turned out", (page) => page.getByRole("button", { name: "How it turned out" }), (x) => x.click()],
];
const shows = (page) => page.getByRole("group", { name: "Shows" });
const search = (page) => page.getByRole("searchbox", { name: "Search labels and quotes" });
const slider = (page) => page.getByRole("slider", { name: "Known as of" });
async function typeInto(x, page, text) {
  await x.focus();
  await page.keyboard.type(text, { delay: 60 });
}
async function pressOn(x, page, key) {
  await x.focus();
  await page.keyboard.press(key);
}

const { file, servers, size, rowsPer } = await serveBuilds(dists, option, {
  name: "interactions",
  defaultSize: "100000",
});
const browser = await launchBrowser();

/** One page: each step's figures (analyseSteps). */
async function stepTasks(origin) {
  const page = await openChart(browser, origin, file, { settleMs: 3000, timeoutMs: 180_000 });
  const cdp = await page.context().newCDPSession(page);
  const mark = (name) => page.evaluate((n) => performance.mark(n), PREFIX + name);
  const events = await traced(cdp, async () => {
    for (const [i, [, find, act]] of STEPS.entries()) {
      const x = await find(page).elementHandle({ timeout: 30_000 });
      await page.waitForTimeout(300);
      await mark(String(i));
      await act(x, page);
      await page.waitForTimeout(2500);
    }
    await mark("end");
  });
  await page.close();
  return analyseSteps(events, { prefix: PREFIX, idleWindowMs: IDLE_WINDOW_MS });
}

const results = await inTurn(dists.length, rounds, (k) => stepTasks(servers[k].origin));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`${size} events, one row per ${rowsPer}: ${rounds} rounds; ms, median of the rounds`);
const summary = dists.map((dist, k) => ({
  dist,
  steps: STEPS.map(([name], i) => {
    const runs = results[k].map((steps) => steps[i]);
    return {
      name,
      total: median(runs.map((s) => s.total)),
      longest: median(runs.map((s) => s.longest)),
      longestCpu: median(runs.map((s) => s.longestCpu)),
      runs,
    };
  }),
}));
const width = Math.max(...STEPS.map(([name]) => name.length));
console.log(
  `${"step".padEnd(width)} | ${summary.map((_, k) => `total ${k + 1} | longest ${k + 1} (cpu)`).join(" | ")}`,
);
STEPS.forEach(([name], i) => {
  const cells = summary.map(({ steps }) => {
    const s = steps[i];
    return `${String(Math.round(s.total)).padStart(7)} | ${String(Math.round(s.longest)).padStart(9)} (${Math.round(s.longestCpu)})`;
  });
  console.log(`${name.padEnd(width)} | ${cells.join(" | ")}`);
});
dists.forEach((dist, k) => console.log(`${k + 1}: ${dist}`));
if (out) writeFileSync(out, JSON.stringify({ size, rowsPer, rounds, builds: summary }, null, 2));
await browser.close();
for (const server of servers) await server.close();
