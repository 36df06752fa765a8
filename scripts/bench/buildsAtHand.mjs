// What the before-and-after scripts (keys.mjs, loads.mjs, interactions.mjs) share: their command line, one
// generated dataset served beside each build by the bench's own server, a page of the chart, and the builds
// taken in turn.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { datasetJson } from "./generate.mjs";
import { VIEWPORT } from "./measure.mjs";
import { startServer } from "./server.mjs";

/**
 * The builds named on the command line (the arguments without `--`) and an `option(name, fallback)` reader
 * of `--name=value`. Exits with `usage` unless there are `min` to `max` builds.
 */
export function buildsArgs(usage, { min, max }) {
  const args = process.argv.slice(2);
  const dists = args.filter((a) => !a.startsWith("--"));
  if (dists.length < min || dists.length > max) {
    console.error(usage);
    process.exit(2);
  }
  const option = (name, fallback) => {
    const found = args.find((a) => a.startsWith(`--${name}=`));
    return found ? found.slice(name.length + 3) : fallback;
  };
  return { dists, option };
}

/**
 * The dataset the command line asks for (`--size`, default `defaultSize`; `--rows-per`, default 50;
 * `--seed`, default 1), written as `<name>-<size>-r<rowsPer>-s<seed>.json` into the bench's data folder
 * (`datasetJson(size, seed, rowsPer)`), and each build served beside it.
 * Resolves to { file, servers, size, rowsPer, seed }.
 */
export async function serveBuilds(dists, option, { name, defaultSize }) {
  const size = Number(option("size", defaultSize));
  const rowsPer = option("rows-per", "50");
  const seed = Number(option("seed", "1"));
  const dataDir = join(os.tmpdir(), "timeline-bench");
  mkdirSync(dataDir, { recursive: true });
  const file = `${name}-${size}-r${rowsPer}-s${seed}.json`;
  writeFileSync(join(dataDir, file), datasetJson(size, seed, rowsPer === "sqrt" ? "sqrt" : Number(rowsPer)));
  const floor = new URL("./floor.html", import.meta.url).pathname;
  const servers = [];
  for (const dist of dists) servers.push(await startServer({ dist, dataDir, floor, peers: {} }));
  return { file, servers, size, rowsPer, seed };
}

/** A page of the build at `origin` (1400×900) on the served dataset `file`, its chart drawn and `settleMs` past. */
export async function openChart(browser, origin, file, { settleMs, timeoutMs }) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${origin}/?data=${encodeURIComponent(`/bench-data/${file}`)}`);
  await page.locator('svg[data-ready="true"] [data-event-id]').first().waitFor({ timeout: timeoutMs });
  await page.waitForTimeout(settleMs);
  return page;
}

/**
 * `rounds` rounds of `measure(k)` for each of `builds` builds, taken in turn, the order swapped each round.
 * Resolves to each build's list of what its rounds gave.
 */
export async function inTurn(builds, rounds, measure) {
  const results = Array.from({ length: builds }, () => []);
  for (let r = 0; r < rounds; r++) {
    const order = [...results.keys()];
    if (r % 2) order.reverse();
    for (const k of order) results[k].push(await measure(k));
  }
  return results;
}
