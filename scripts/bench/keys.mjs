#!/usr/bin/env node
// Arrow keys on a large chart: the main-thread tasks each key press makes, read from a Chrome trace, for one
// build or two taken in turn in one browser (a before and an after on the same machine, minute and data).
//
//   node scripts/bench/keys.mjs <dist> [<other dist>] [--size=20000] [--rows-per=50] [--seed=1]
//                               [--key=ArrowRight] [--keys=12] [--rounds=3]
//
// Each round opens a page per build, waits for the first draw and a second and a half, focuses the tab stop
// and presses the key once (the first press sorts every item in time: not counted), then `--keys` times,
// 400 ms apart, under a trace, with a mark before each press. Each key is read as the as-of case reads its
// steps (trace.mjs analyseSteps: from its mark until the page is idle, or the next key's mark). Printed per
// build: the longest task of a key (median, 90th percentile, most) and its thread time (median), a key's
// task time (median, 90th percentile), and how many keys had a task over 16 ms. Nothing here is asserted:
// it is a measurement.
import { buildsArgs, inTurn, openChart, serveBuilds } from "./buildsAtHand.mjs";
import { IDLE_WINDOW_MS, launchBrowser, traced } from "./measure.mjs";
import { analyseSteps } from "./trace.mjs";
import { median } from "./median.mjs";

const PREFIX = "bench:key-";

const { dists, option } = buildsArgs(
  "usage: node scripts/bench/keys.mjs <dist> [<other dist>] [--size=20000] [--key=ArrowRight] …",
  { min: 1, max: 2 },
);
const keyName = option("key", "ArrowRight");
const keys = Number(option("keys", "12"));
const rounds = Number(option("rounds", "3"));

const { file, servers, size, rowsPer } = await serveBuilds(dists, option, {
  name: "keys",
  defaultSize: "20000",
});
const browser = await launchBrowser();

/** One page: each counted key's figures (analyseSteps). */
async function keyTasks(origin) {
  const page = await openChart(browser, origin, file, { settleMs: 1500, timeoutMs: 120_000 });
  await page.locator('svg [data-event-id][tabindex="0"]').focus();
  await page.keyboard.press(keyName);
  await page.waitForTimeout(800);
  const cdp = await page.context().newCDPSession(page);
  const mark = (name) => page.evaluate((n) => performance.mark(n), PREFIX + name);
  const events = await traced(cdp, async () => {
    for (let i = 1; i <= keys; i++) {
      await mark(String(i));
      await page.keyboard.press(keyName);
      await page.waitForTimeout(400);
    }
    await mark("end");
  });
  await page.close();
  return analyseSteps(events, { prefix: PREFIX, idleWindowMs: IDLE_WINDOW_MS });
}

// Each build's keys, of all its rounds.
const results = (await inTurn(dists.length, rounds, (k) => keyTasks(servers[k].origin))).map((r) => r.flat());
/** The median (median.mjs: the mean of the two middle values of an even count), to a tenth of a ms. */
const mid = (values) => (median(values) ?? NaN).toFixed(1);
/** A nearest-rank quantile (p90, the most), to a tenth of a ms. */
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN).toFixed(1);
};
console.log(`${size} events, one row per ${rowsPer}, ${keyName}: ${rounds} rounds of ${keys} keys`);
dists.forEach((dist, k) => {
  const longest = results[k].map((x) => x.longest);
  const longestCpu = results[k].map((x) => x.longestCpu);
  const total = results[k].map((x) => x.total);
  console.log(
    `${dist}: longest task median ${mid(longest)} ms, p90 ${quantile(longest, 0.9)}, ` +
      `most ${quantile(longest, 1)} (its CPU, median ${mid(longestCpu)}) | ` +
      `per key median ${mid(total)} ms, p90 ${quantile(total, 0.9)} | ` +
      `keys with a task over 16 ms: ${longest.filter((d) => d > 16).length} of ${longest.length}`,
  );
});
await browser.close();
for (const server of servers) await server.close();
