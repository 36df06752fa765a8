#!/usr/bin/env node
// A reader's clicks and keys on a large chart, beyond zoom and pan: the main-thread tasks each one makes, read
// from a Chrome trace, for one build or two taken in turn in one browser (a before and an after).
//
//   node scripts/bench/interactions.mjs <dist> [<other dist>] [--size=100000] [--rows-per=50] [--seed=1]
//                                       [--rounds=2] [--out=<file.json>]
//
// Each round opens a page per build (1400×900), waits for the first draw and 3 s, then takes the reader's
// steps (readerSteps.mjs) in order, 2.5 s apart, under one trace. Each step's element is found before its
// mark, so that Playwright's own search of the page (slow on a page of 2,000 tables) is not counted. Each
// step is read as the as-of case reads its steps (trace.mjs analyseSteps: from its mark until the page is
// idle). Printed per build and step: the median over the rounds of its task time and of its longest task.
// Nothing here is asserted: it is a measurement.
import { writeFileSync } from "node:fs";
import { buildsArgs, inTurn } from "./buildsAtHand.mjs";
import { IDLE_WINDOW_MS, launchBrowser, traced } from "./measure.mjs";
import { READER_STEPS, openReaderPage, serveReaderBuilds } from "./readerSteps.mjs";
import { analyseSteps } from "./trace.mjs";
import { median } from "./median.mjs";

const PREFIX = "bench:act-";

const { dists, option } = buildsArgs(
  "usage: node scripts/bench/interactions.mjs <dist> [<other dist>] [--size=100000] [--rounds=2] [--out=…]",
  { min: 1, max: 2 },
);
const rounds = Number(option("rounds", "2"));
const out = option("out", null);

const { file, servers, size, rowsPer } = await serveReaderBuilds(dists, option);
const browser = await launchBrowser();

/** One page: each step's figures (analyseSteps). */
async function stepTasks(origin) {
  const { page, cdp } = await openReaderPage(browser, origin, file);
  const mark = (name) => page.evaluate((n) => performance.mark(n), PREFIX + name);
  const events = await traced(cdp, async () => {
    for (const [i, [, find, act]] of READER_STEPS.entries()) {
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
console.log(`${size} events, one row per ${rowsPer}: ${rounds} rounds; ms, median of the rounds`);
const summary = dists.map((dist, k) => ({
  dist,
  steps: READER_STEPS.map(([name], i) => {
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
/** A median in whole ms; "–" when no round gave one. */
const whole = (value) => (value === null ? "–" : String(Math.round(value)));
const width = Math.max(...READER_STEPS.map(([name]) => name.length));
console.log(
  `${"step".padEnd(width)} | ${summary.map((_, k) => `total ${k + 1} | longest ${k + 1} (cpu)`).join(" | ")}`,
);
READER_STEPS.forEach(([name], i) => {
  const cells = summary.map(({ steps }) => {
    const s = steps[i];
    return `${whole(s.total).padStart(7)} | ${whole(s.longest).padStart(9)} (${whole(s.longestCpu)})`;
  });
  console.log(`${name.padEnd(width)} | ${cells.join(" | ")}`);
});
dists.forEach((dist, k) => console.log(`${k + 1}: ${dist}`));
if (out) writeFileSync(out, JSON.stringify({ size, rowsPer, rounds, builds: summary }, null, 2));
await browser.close();
for (const server of servers) await server.close();
