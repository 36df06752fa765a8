#!/usr/bin/env node
// Where one of a reader's steps (readerSteps.mjs) spends its main-thread time: a sampled CPU profile of
// that step alone, after the steps before it, on one build.
//
//   node scripts/bench/profileStep.mjs <dist> --step="untick a show" [--size=100000] [--rows-per=50]
//                                      [--seed=1] [--rounds=3] [--interval-us=200] [--top=30]
//
// Each round opens a page (1400×900), waits for the first draw and 3 s, takes the steps before the named
// one as interactions.mjs does (2.5 s apart), then profiles the named step from its act until 2.5 s after.
// Printed: the profile's functions by self time and by total time (a function counted once per sample
// however deep it recurses), summed over the rounds and divided by them. Sampling every 200 µs slows
// script down, so read the figures against each other, not as the step's time; a minified build names
// its functions by letters (`npx vite build --mode bench --minify false --outDir <dir>` keeps the names).
import { buildsArgs } from "./buildsAtHand.mjs";
import { launchBrowser } from "./measure.mjs";
import { READER_STEPS, openReaderPage, serveReaderBuilds } from "./readerSteps.mjs";
import { printTally, sampleTally } from "./sampleTally.mjs";

const { dists, option } = buildsArgs(
  'usage: node scripts/bench/profileStep.mjs <dist> --step="<name>" [--size=100000] [--rounds=3]',
  { min: 1, max: 1 },
);
const stepName = option("step", null);
const at = READER_STEPS.findIndex(([name]) => name === stepName);
if (at < 0) {
  console.error(`--step must be one of:\n${READER_STEPS.map(([name]) => `  ${name}`).join("\n")}`);
  process.exit(2);
}
const rounds = Number(option("rounds", "3"));
const intervalUs = Number(option("interval-us", "200"));
const top = Number(option("top", "30"));

const { file, servers, size, rowsPer } = await serveReaderBuilds(dists, option);
const browser = await launchBrowser();

/** One page's profile of the step. */
async function profileOnce(origin) {
  const { page, cdp } = await openReaderPage(browser, origin, file);
  for (const [, find, act] of READER_STEPS.slice(0, at)) {
    const x = await find(page).elementHandle({ timeout: 30_000 });
    await act(x, page);
    await page.waitForTimeout(2500);
  }
  const [, find, act] = READER_STEPS[at];
  const x = await find(page).elementHandle({ timeout: 30_000 });
  await page.waitForTimeout(300);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await cdp.send("Profiler.start");
  await act(x, page);
  await page.waitForTimeout(2500);
  const { profile } = await cdp.send("Profiler.stop");
  await page.close();
  return profile;
}

// Not counted as busy: idle time, and "(program)", the browser's native work outside script and GC (style,
// layout, paint), which a CPU profile does not break down.
const IDLE = new Set(["(idle)", "(program)"]);

const tally = sampleTally();
let busy = 0;
for (let r = 0; r < rounds; r++) {
  const profile = await profileOnce(servers[0].origin);
  busy += tally.add(profile, (_, node) => !IDLE.has(node.callFrame.functionName));
}
console.log(
  `"${stepName}" at ${size} events, one row per ${rowsPer}: ${rounds} rounds, sampled every ${intervalUs} µs`,
);
console.log(`script and GC (not idle, not "(program)"): ${(busy / rounds).toFixed(1)} ms a round`);
printTally("self time, ms a round", tally.self, { rounds, top });
printTally("total time, ms a round", tally.total, { rounds, top });
await browser.close();
for (const server of servers) await server.close();
