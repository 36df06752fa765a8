#!/usr/bin/env node
// Where a first draw's time goes, or a zoom gesture's: one build, a Chrome trace of each round, printed.
//
//   node scripts/bench/loadTrace.mjs <dist> [--size=100000] [--rows-per=50] [--seed=1] [--rounds=1]
//                                    [--bucket=25] [--sampled] [--zoom] [--top=40]
//
// Each round loads the page in a fresh context (1400×900) with tracing on from navigation to the first-draw
// mark, and prints:
//   - the page's marks (performance.mark: the dataset prepared, the first draw; a probe build may add its own),
//     and the main thread's garbage collection between each two of them;
//   - each request: when it was sent, when its response began and when it finished in the page, beside when
//     the network finished it (a busy main thread sees a response late);
//   - the main thread's busy time in buckets of `--bucket` ms, beside the bytes received in each;
//   - its tasks over 5 ms, with the longest trace events inside each (CHILD_US: the least length, µs,
//     default 2000; CHILDREN: how many, default 6).
// --sampled also records V8's sampling profiler in the trace, on the trace's own clock, and prints the
//   functions by self and total time (ms a round) between two marks: FROM and TO (default
//   timeline:dataset-prepared and timeline:first-draw).
// --zoom traces the bench's zoom gesture instead (measure.mjs: 10 wheel steps at the chart's centre, two
//   frames after each), 2.5 s after the first draw, until 1.5 s after its last step, and prints its five
//   longest tasks (when, how long, their thread time, and the longest trace events inside each) and the main
//   thread's time by trace event name (inclusive, ms a round); with --sampled, the functions during it.
//
// EXTRA_CATEGORIES=blink,cc adds those trace categories (the browser's own lifecycle events: Layerize's
//   PaintArtifactCompositor::Update, the commit's parts) to the events by name.
//
// It prints numbers and asserts nothing; the trace itself costs the page time, so read the figures against
// each other (one build against another, in turn), not as the bench's loads.
import { buildsArgs, serveBuilds } from "./buildsAtHand.mjs";
import {
  FIRST_DRAW_MARK,
  VIEWPORT,
  WHEEL_DELTAS,
  firstDrawProbe,
  launchBrowser,
  traced,
  waitInPage,
} from "./measure.mjs";
import { printTally, sampleTally } from "./sampleTally.mjs";

const { dists, option } = buildsArgs(
  "usage: node scripts/bench/loadTrace.mjs <dist> [--size=N] [--rounds=N] [--sampled] [--zoom]",
  { min: 1, max: 1 },
);
const rounds = Number(option("rounds", "1"));
const bucket = Number(option("bucket", "25"));
const top = Number(option("top", "40"));
const sampled = process.argv.includes("--sampled");
const zoom = process.argv.includes("--zoom");
const childUs = Number(process.env.CHILD_US ?? 2000);
const children = Number(process.env.CHILDREN ?? 6);

const CATEGORIES = [
  "disabled-by-default-devtools.timeline", // RunTask and what runs inside
  "devtools.timeline",
  "v8.gc",
  "blink.user_timing", // the page's marks
  "loading",
  ...(sampled ? ["disabled-by-default-v8.cpu_profiler"] : []),
  // More of the browser's own events, for a probe: EXTRA_CATEGORIES=blink,cc
  ...(process.env.EXTRA_CATEGORIES?.split(",") ?? []),
];
const US = 1000; // trace timestamps are in microseconds

/** Summed over the rounds: functions by self and total time, and (--zoom) trace events by name. */
const tally = sampleTally();
const byName = new Map();

const { file, servers } = await serveBuilds(dists, option, { name: "loadtrace", defaultSize: "100000" });
const browser = await launchBrowser();
try {
  for (let r = 0; r < rounds; r++) await round(servers[0].origin);
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
if (sampled) {
  printTally("self time, ms a round", tally.self, { rounds, top });
  printTally("total time, ms a round", tally.total, { rounds, top });
}
if (zoom) printTally("main thread by trace event name (inclusive), ms a round", byName, { rounds, top });

async function round(origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const url = `${origin}/?data=${encodeURIComponent(`/bench-data/${file}`)}`;
    let drawn = null;
    const load = await traced(
      cdp,
      async () => {
        await page.goto(url, { waitUntil: "commit" });
        drawn = await waitInPage(
          cdp,
          firstDrawProbe,
          { how: "mark", mark: FIRST_DRAW_MARK },
          { intervalMs: 50, timeoutMs: 120_000 },
        );
      },
      CATEGORIES,
    );
    if (drawn.error) throw new Error(`the page showed an error: ${drawn.error}`);
    if (!zoom) {
      loadReport(load, drawn.at);
      if (sampled)
        samplesBetween(
          load,
          process.env.FROM ?? "timeline:dataset-prepared",
          process.env.TO ?? FIRST_DRAW_MARK,
        );
      return;
    }
    await page.waitForTimeout(2500);
    const box = await page.locator(".zoom-surface").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, VIEWPORT.height) / 2);
    await page.waitForTimeout(500);
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const gesture = await traced(
      cdp,
      async () => {
        await page.evaluate(() => performance.mark("bench:gesture-start"));
        for (const deltaY of WHEEL_DELTAS) {
          await page.mouse.wheel(0, deltaY);
          await page.evaluate(twoFrames);
        }
        await page.evaluate(() => performance.mark("bench:gesture-end"));
        await page.waitForTimeout(1500);
      },
      CATEGORIES,
    );
    gestureReport(gesture);
  } finally {
    await context.close();
  }
}

/** The main thread's (pid, tid): the one the page's marks are on. */
function mainThread(events) {
  const mark = events.find((e) => e.cat.includes("blink.user_timing"));
  return mark ? { pid: mark.pid, tid: mark.tid } : null;
}

function loadReport(events, drawnAt) {
  const nav = events.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame);
  const main = nav ? { pid: nav.pid, tid: nav.tid } : mainThread(events);
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const ms = (ts) => (ts - t0) / US;
  console.log(`first draw at ${drawnAt.toFixed(0)} ms`);
  const marks = events.filter(
    (e) => e.cat.includes("blink.user_timing") && /^(timeline|p|bench):/.test(e.name) && e.ts >= t0,
  );
  for (const m of marks) console.log(`  mark ${m.name} at ${ms(m.ts).toFixed(0)}`);
  if (main) gcByStage(events, main, marks, t0);

  const byRequest = (name) =>
    new Map(events.filter((e) => e.name === name).map((e) => [e.args?.data?.requestId, e]));
  const responses = byRequest("ResourceReceiveResponse");
  const finishes = byRequest("ResourceFinish");
  for (const sent of events.filter((e) => e.name === "ResourceSendRequest" && e.ts >= t0)) {
    const id = sent.args?.data?.requestId;
    const response = responses.get(id);
    const done = finishes.get(id);
    const network = done?.args?.data?.finishTime;
    const name = String(sent.args?.data?.url)
      .replace(/^https?:\/\/[^/]+/, "")
      .slice(0, 56);
    console.log(
      `  ${name.padEnd(56)} sent ${ms(sent.ts).toFixed(0)}, response ${response ? ms(response.ts).toFixed(0) : "-"}, ` +
        `finished ${done ? ms(done.ts).toFixed(0) : "-"} (network ${network ? ((network * 1e6 - t0) / US).toFixed(0) : "-"})`,
    );
  }

  if (!main) return;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.ts >= t0);
  const received = events.filter((e) => e.name === "ResourceReceivedData" && e.ts >= t0);
  for (let from = 0; from < drawnAt; from += bucket) {
    let busy = 0;
    for (const t of tasks) {
      const a = Math.max(ms(t.ts), from);
      const b = Math.min(ms(t.ts + t.dur), from + bucket);
      if (b > a) busy += b - a;
    }
    const bytes = received
      .filter((e) => ms(e.ts) >= from && ms(e.ts) < from + bucket)
      .reduce((sum, e) => sum + (e.args?.data?.encodedDataLength ?? 0), 0);
    const bar = "#".repeat(Math.round((busy / bucket) * 20)).padEnd(20);
    console.log(
      `  ${String(from).padStart(5)}–${String(from + bucket).padEnd(5)} busy ${busy.toFixed(0).padStart(3)} ms ${bar} received ${(bytes / 1e6).toFixed(2)} MB`,
    );
  }
  for (const t of tasks.filter((t) => t.dur > 5 * US && ms(t.ts) < drawnAt)) printTask(onMain, t, t0);
}

/** A task's start and length (ms from t0), with the longest trace events inside it. */
function printTask(onMain, t, t0) {
  const inside = onMain
    .filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) > childUs)
    .slice(0, children)
    .map((e) => {
      const fn = e.args?.data?.functionName ? `(${e.args.data.functionName})` : "";
      const where = e.args?.data?.url ?? e.args?.url;
      return `${e.name}${fn}${where ? `[${String(where).split("/").pop().slice(0, 30)}]` : ""} ${(e.dur / US).toFixed(0)}`;
    });
  const cpu = t.tdur === undefined ? "" : `, CPU ${(t.tdur / US).toFixed(1)}`;
  console.log(
    `  task ${((t.ts - t0) / US).toFixed(0)}+${(t.dur / US).toFixed(1)} ms${cpu}: ${inside.join(", ")}`,
  );
}

/**
 * The main thread's garbage collection (MinorGC, MajorGC) in each stage: from navigation to the first mark,
 * between each two marks, ms, with how many collections.
 */
function gcByStage(events, main, marks, t0) {
  const gcs = events.filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === "X" &&
      (e.name === "MinorGC" || e.name === "MajorGC"),
  );
  const bounds = [{ name: "navigation", ts: t0 }, ...[...marks].sort((a, b) => a.ts - b.ts)];
  const stages = bounds.map((from, i) => {
    const to = bounds[i + 1]?.ts ?? Infinity;
    const inside = gcs.filter((e) => e.ts >= from.ts && e.ts < to);
    const minor = inside.filter((e) => e.name === "MinorGC");
    const major = inside.filter((e) => e.name === "MajorGC");
    const sum = (list) => list.reduce((total, e) => total + e.dur / US, 0);
    return `${from.name}→: ${sum(minor).toFixed(0)} ms minor (${minor.length}), ${sum(major).toFixed(0)} ms major (${major.length})`;
  });
  console.log(`  garbage collection from ${stages.join("; ")}`);
}

function gestureReport(events) {
  const start = events.find((e) => e.name === "bench:gesture-start");
  if (!start) return;
  let busy = 0;
  for (const e of events) {
    if (e.pid !== start.pid || e.tid !== start.tid || e.ph !== "X" || e.ts < start.ts) continue;
    if (e.name === "RunTask") busy += e.dur / US;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / US);
  }
  console.log(`gesture: ${busy.toFixed(1)} ms of main-thread tasks; its longest tasks (ms from its start):`);
  const onMain = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === "X");
  const longest = onMain
    .filter((e) => e.name === "RunTask" && e.ts >= start.ts)
    .sort((a, b) => b.dur - a.dur);
  for (const t of longest.slice(0, 5)) printTask(onMain, t, start.ts);
  if (sampled) samplesBetween(events, "bench:gesture-start", null);
}

/**
 * The trace's CPU samples (its Profile and ProfileChunk events) between the marks `fromMark` and `toMark`
 * (null: to the trace's end), added to the self and total tables.
 */
function samplesBetween(events, fromMark, toMark) {
  const markAt = (name) => events.find((e) => e.cat.includes("blink.user_timing") && e.name === name)?.ts;
  const from = markAt(fromMark) ?? 0;
  const to = toMark === null ? Infinity : (markAt(toMark) ?? Infinity);
  let counted = 0;
  // The page's main thread only: the trace also samples the browser's other pages and threads.
  const main = mainThread(events);
  const profiles = events.filter((e) => e.name === "Profile" && e.pid === main?.pid && e.tid === main?.tid);
  for (const head of profiles) {
    const nodes = [];
    const samples = [];
    const deltas = [];
    for (const c of events.filter(
      (e) => e.name === "ProfileChunk" && e.id === head.id && e.pid === head.pid,
    )) {
      const data = c.args?.data ?? {};
      nodes.push(...(data.cpuProfile?.nodes ?? []));
      samples.push(...(data.cpuProfile?.samples ?? []));
      deltas.push(...(data.timeDeltas ?? []));
    }
    counted += tally.add(
      { nodes, samples, timeDeltas: deltas, startTime: head.args.data.startTime },
      (t, node) => t >= from && t <= to && node.callFrame.functionName !== "(idle)",
    );
  }
  console.log(
    `  sampled ${counted.toFixed(0)} ms of script, GC and native work from ${fromMark} to ${toMark ?? "the end"}`,
  );
}
