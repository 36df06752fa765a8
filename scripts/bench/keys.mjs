#!/usr/bin/env node
// Arrow keys on a large chart: the main-thread tasks each key press makes, read from a Chrome trace, for one
// build or two taken in turn in one browser (a before and an after on the same machine, minute and data).
//
//   node scripts/bench/keys.mjs <dist> [<other dist>] [--size=20000] [--rows-per=50] [--seed=1]
//                               [--key=ArrowRight] [--keys=12] [--rounds=3]
//
// Each round opens a page per build, waits for the first draw and a second and a half, focuses the tab stop
// and presses the key once (the first press sorts every item in time: not counted), then `--keys` times,
// 400 ms apart, under a trace. A key's tasks are those from its press to the next one's. Printed per build:
// the longest task of a key (median, 90th percentile, most), the main-thread time of a key (median, 90th
// percentile), and how many keys had a task over 16 ms. Nothing here is asserted: it is a measurement.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { datasetJson } from "./generate.mjs";
import { launchBrowser, VIEWPORT } from "./measure.mjs";
import { startServer } from "./server.mjs";
import { TRACE_CATEGORIES } from "./trace.mjs";

const args = process.argv.slice(2);
const dists = args.filter((a) => !a.startsWith("--"));
const option = (name, fallback) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
if (dists.length < 1 || dists.length > 2) {
  console.error(
    "usage: node scripts/bench/keys.mjs <dist> [<other dist>] [--size=20000] [--key=ArrowRight] …",
  );
  process.exit(2);
}
const size = Number(option("size", "20000"));
const rowsPer = option("rows-per", "50");
const seed = Number(option("seed", "1"));
const keyName = option("key", "ArrowRight");
const keys = Number(option("keys", "12"));
const rounds = Number(option("rounds", "3"));

const dataDir = join(os.tmpdir(), "timeline-bench");
mkdirSync(dataDir, { recursive: true });
const file = `keys-${size}-r${rowsPer}-s${seed}.json`;
writeFileSync(join(dataDir, file), datasetJson(size, seed, rowsPer === "sqrt" ? "sqrt" : Number(rowsPer)));

const floor = new URL("./floor.html", import.meta.url).pathname;
const servers = [];
for (const dist of dists) servers.push(await startServer({ dist, dataDir, floor, peers: {} }));
const browser = await launchBrowser();

/** One page: the longest task and the task time of each counted key. */
async function keyTasks(origin) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${origin}/?data=${encodeURIComponent(`/bench-data/${file}`)}`);
  await page.locator('svg[data-ready="true"] [data-event-id]').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  await page.locator('svg [data-event-id][tabindex="0"]').focus();
  await page.keyboard.press(keyName);
  await page.waitForTimeout(800);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", { categories: TRACE_CATEGORIES.join(","), transferMode: "ReportEvents" });
  for (let i = 0; i < keys; i++) {
    await page.evaluate((i) => performance.mark(`key-${i}`), i);
    await page.keyboard.press(keyName);
    await page.waitForTimeout(400);
  }
  await page.evaluate(() => performance.mark("key-end"));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await done;
  await page.close();
  const marks = events
    .filter((e) => e.cat?.includes("blink.user_timing") && /^key-(\d+|end)$/.test(e.name))
    .sort((a, b) => a.ts - b.ts);
  const [first] = marks;
  if (!first) throw new Error("no key marks in the trace");
  const tasks = events.filter(
    (e) => e.name === "RunTask" && e.ph === "X" && e.pid === first.pid && e.tid === first.tid,
  );
  const out = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const own = tasks.filter((t) => t.ts >= marks[i].ts && t.ts < marks[i + 1].ts).map((t) => t.dur / 1000);
    out.push({ longest: Math.max(0, ...own), total: own.reduce((s, d) => s + d, 0) });
  }
  return out;
}

const results = dists.map(() => []);
for (let r = 0; r < rounds; r++) {
  // Taken in turn, the order swapped each round.
  const order = r % 2 ? [...dists.keys()].reverse() : [...dists.keys()];
  for (const k of order) results[k].push(...(await keyTasks(servers[k].origin)));
}
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN).toFixed(1);
};
console.log(`${size} events, one row per ${rowsPer}, ${keyName}: ${rounds} rounds of ${keys} keys`);
dists.forEach((dist, k) => {
  const longest = results[k].map((x) => x.longest);
  const total = results[k].map((x) => x.total);
  console.log(
    `${dist}: longest task median ${quantile(longest, 0.5)} ms, p90 ${quantile(longest, 0.9)}, ` +
      `most ${quantile(longest, 1)} | per key median ${quantile(total, 0.5)} ms, p90 ${quantile(total, 0.9)} | ` +
      `keys with a task over 16 ms: ${longest.filter((d) => d > 16).length} of ${longest.length}`,
  );
});
await browser.close();
for (const server of servers) await server.close();
