#!/usr/bin/env node
// How long the toolbar's saves hold the page: each save clicked on a fresh page of one build, its file's
// download awaited, and the long tasks (over 50 ms, the Long Tasks API) from the click to 1 s after it.
//
//   node scripts/bench/saves.mjs <dist> [--size=20000] [--claims] [--rounds=2] [--saves="Save CSV,Save JSON"]
//
// --claims serves the as-of case's dataset (about 30 % of events also cite an earlier claim) in place of
// issue 10's shape (one show row per 50 events). The download's wait is a wall-clock time on a shared
// machine: read it against another build's in the same run, not as a figure of its own.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { buildsArgs, openChart, serveBuilds } from "./buildsAtHand.mjs";
import { claimsDatasetJson } from "./generate.mjs";
import { launchBrowser } from "./measure.mjs";

const { dists, option } = buildsArgs(
  'usage: node scripts/bench/saves.mjs <dist> [--size=20000] [--claims] [--rounds=2] [--saves="Save CSV"]',
  { min: 1, max: 1 },
);
const claims = process.argv.includes("--claims");
const size = Number(option("size", "20000"));
const rounds = Number(option("rounds", "2"));
const saves = option("saves", "Save CSV,Save JSON,Save all as JSON,Save PNG,Save SVG").split(",");

const served = await serveBuilds(dists, option, { name: "saves", defaultSize: "20000" });
let file = served.file;
if (claims) {
  file = `saves-claims-${size}.json`;
  writeFileSync(join(os.tmpdir(), "timeline-bench", file), claimsDatasetJson(size, 1));
}
const browser = await launchBrowser();
console.log(`${dists[0]}, ${file}`);
for (const save of saves) {
  for (let r = 0; r < rounds; r++) {
    const page = await openChart(browser, served.servers[0].origin, file, {
      settleMs: 2000,
      timeoutMs: 180_000,
    });
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
      }).observe({ type: "longtask" });
    });
    const download = page.waitForEvent("download", { timeout: 120_000 });
    const clicked = Date.now();
    await page.getByRole("button", { name: save, exact: true }).click();
    const saved = await download;
    const after = Date.now() - clicked;
    await page.waitForTimeout(1000);
    const long = await page.evaluate(() => window.longTasks);
    const longest = Math.max(0, ...long);
    console.log(
      `${save}: downloaded after ${after} ms; long tasks ${JSON.stringify(long)} (longest ${longest}); ${saved.suggestedFilename()}`,
    );
    await page.close();
  }
}
await browser.close();
for (const server of served.servers) await server.close();
