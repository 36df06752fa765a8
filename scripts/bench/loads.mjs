#!/usr/bin/env node
// The first draw of two builds of ours, taken in turn in one browser: a before and an after of a change on
// the load path, on the same machine, minute and data. The bench's own full run compares ours with the
// peers; on this shared machine one page's loads spread wider than most changes move them, so a change is
// judged from many pairs, each taken back to back.
//
//   node scripts/bench/loads.mjs <dist A> <dist B> [--size=1000] [--rows-per=50] [--seed=1] [--pairs=12]
//
// Each pair loads A and B (the order alternating from pair to pair), each with the bench's own measures:
// `measureRun` (its "load", in a page Playwright drives; the zoom skipped) and `measureUninspectedLoad`
// (its "no DevTools"). Printed per pair, then: each build's medians, the median of the pairs' differences,
// and in how many pairs B drew first. Nothing here is asserted: it is a measurement.
import { buildsArgs, serveBuilds } from "./buildsAtHand.mjs";
import { measureUninspectedLoad } from "./loadUninspected.mjs";
import { launchBrowser, measureRun } from "./measure.mjs";
import { median } from "./median.mjs";

const { dists, option } = buildsArgs(
  "usage: node scripts/bench/loads.mjs <dist A> <dist B> [--size=1000] [--pairs=12] …",
  { min: 2, max: 2 },
);
const pairs = Number(option("pairs", "12"));

const {
  file: dataset,
  servers,
  size,
  rowsPer,
} = await serveBuilds(dists, option, { name: "loads", defaultSize: "1000" });
const browser = await launchBrowser();
const TIMEOUT_MS = 120_000;

/** One build's first draw, both ways: { load, uninspected } in ms (null when it failed). */
async function loadOnce(origin) {
  const inspected = await measureRun(browser, {
    origin,
    lib: "ours",
    dataset,
    how: "mark",
    loadTimeoutMs: TIMEOUT_MS,
    zoomTimeoutMs: TIMEOUT_MS,
    skipZoom: true,
  });
  const uninspected = await measureUninspectedLoad(browser, {
    origin,
    lib: "ours",
    dataset,
    how: "mark",
    loadTimeoutMs: TIMEOUT_MS,
  });
  return { load: inspected.load, uninspected: uninspected.load };
}

const taken = [[], []];
for (let p = 0; p < pairs; p++) {
  const order = p % 2 === 0 ? [0, 1] : [1, 0];
  const pair = [];
  for (const k of order) pair[k] = await loadOnce(servers[k].origin);
  taken[0].push(pair[0]);
  taken[1].push(pair[1]);
  const shown = (x) => `${x.load?.toFixed(0) ?? "–"} (no DevTools ${x.uninspected?.toFixed(0) ?? "–"})`;
  console.log(`pair ${p + 1}: A ${shown(pair[0])}, B ${shown(pair[1])}`);
}

const ms = (value) => (value === null ? "–" : String(Math.round(value * 10) / 10));
console.log(`${size} events, one row per ${rowsPer}: ${pairs} pairs, A = ${dists[0]}, B = ${dists[1]}`);
for (const [field, label] of [
  ["load", "load"],
  ["uninspected", "no DevTools"],
]) {
  const a = taken[0].map((x) => x[field]);
  const b = taken[1].map((x) => x[field]);
  const both = a.flatMap((v, i) => (typeof v === "number" && typeof b[i] === "number" ? [v - b[i]] : []));
  console.log(
    `${label}: median A ${ms(median(a))} ms, B ${ms(median(b))} ms; ` +
      `median of A − B per pair ${ms(median(both))} ms; B first in ${both.filter((d) => d > 0).length} of ${both.length}`,
  );
}
await browser.close();
for (const server of servers) await server.close();
