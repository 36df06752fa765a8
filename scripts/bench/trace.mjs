// Main-thread cost of a gesture, read from a Chrome trace (the Tracing domain): the Long Tasks API and
// Performance.getMetrics cannot say how long the longest task was, nor when the page went idle again.
//
// measure.mjs marks the gesture in the page (performance.mark: bench:gesture-start, bench:step-<i>
// after each wheel step's two frames, bench:gesture-end) and records the trace until the page has been
// quiet for a while. Here, on the page's main thread (the thread those marks are on):
//   - a task is a top-level `RunTask` (what DevTools' performance panel calls a Task; GC that runs on the
//     main thread runs inside one, so it is included);
//   - idleAt is the first moment from the gesture's end after which the next `idleWindowMs` hold less
//     than IDLE_BUSY_MS of tasks;
//   - every sum counts only the part of each task inside its interval.

export const TRACE_CATEGORIES = [
  "disabled-by-default-devtools.timeline", // RunTask
  "devtools.timeline", // MinorGC, MajorGC
  "v8.gc",
  "blink.user_timing", // the bench's marks
];

/** Less main-thread work than this in the idle window counts as idle (the harness's own polls, a timer). */
export const IDLE_BUSY_MS = 5;

const US = 1000; // trace timestamps are in microseconds

/** Sum of the parts of `tasks` ({ts, dur} in µs) inside [from, to], in ms. */
function busyMs(tasks, from, to) {
  let sum = 0;
  for (const t of tasks) {
    const start = Math.max(t.ts, from);
    const end = Math.min(t.ts + t.dur, to);
    if (end > start) sum += end - start;
  }
  return sum / US;
}

/** The longest task that overlaps [from, to], in ms (its whole length). */
function longestMs(tasks, from, to) {
  let longest = 0;
  for (const t of tasks) if (t.ts < to && t.ts + t.dur > from) longest = Math.max(longest, t.dur);
  return longest / US;
}

/**
 * The thread time (CPU actually spent, `tdur`) of the parts of `tasks` inside [from, to], in ms: a task
 * partly inside counts in proportion. On a busy machine a task's wall time stretches while the thread
 * waits for a core; its thread time does not.
 */
function cpuMs(tasks, from, to) {
  let sum = 0;
  for (const t of tasks) {
    const start = Math.max(t.ts, from);
    const end = Math.min(t.ts + t.dur, to);
    if (end > start && t.dur > 0) sum += ((t.tdur ?? t.dur) * (end - start)) / t.dur;
  }
  return sum / US;
}

/** The most thread time of one task that overlaps [from, to], in ms. */
function longestCpuMs(tasks, from, to) {
  let longest = 0;
  for (const t of tasks) if (t.ts < to && t.ts + t.dur > from) longest = Math.max(longest, t.tdur ?? t.dur);
  return longest / US;
}

/** Top-level tasks: a RunTask inside another (a nested run loop) is part of the outer one. */
function topLevel(events) {
  const sorted = events.sort((a, b) => a.ts - b.ts);
  const kept = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      kept.push(e);
      end = e.ts + e.dur;
    }
  }
  return kept;
}

const round = (ms) => Math.round(ms * 10) / 10;

/** The top-level tasks on the thread of `mark` (the page's main thread: the bench's marks are set there). */
function mainThreadTasks(events, mark) {
  const { pid, tid } = mark;
  const onMain = (e) => e.pid === pid && e.tid === tid && e.ph === "X" && typeof e.dur === "number";
  return topLevel(events.filter((e) => onMain(e) && e.name === "RunTask"));
}

/** When the trace ends (µs). */
function endOf(events) {
  return Math.max(...events.filter((e) => typeof e.ts === "number").map((e) => e.ts + (e.dur ?? 0)));
}

/**
 * The first moment from `from` on (`from` itself or a task's end) after which `window` µs hold less than
 * IDLE_BUSY_MS of tasks, with the window ending by `limit`; null when there is none.
 */
function idleFrom(tasks, from, window, limit) {
  const candidates = [from, ...tasks.map((t) => t.ts + t.dur).filter((t) => t > from)];
  for (const t of candidates) {
    if (t + window > limit) break;
    if (busyMs(tasks, t, t + window) < IDLE_BUSY_MS) return t;
  }
  return null;
}

/**
 * The gesture's figures, in ms: steps (first wheel step to gesture end), settle (gesture end to idle),
 * total (first step to idle: the zoom cost), secondAfter (the second after the gesture's end), stepMs
 * (each step with its two frames), longestDuring / longestAfter (the longest task during the gesture /
 * in the second after it), longestCpuDuring / longestCpuAfter (the most thread time of one task in the
 * same spans: a task longer than its thread time waited for a core of the shared machine), gc (MinorGC + MajorGC on the main thread, first step to idle), idleAfter (ms
 * from the gesture's end to idle), quiet (false when the trace ended before the page went idle).
 */
export function analyseGesture(events, { afterMs, idleWindowMs }) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes("blink.user_timing"));
  const start = mark("bench:gesture-start");
  const end = mark("bench:gesture-end");
  if (!start || !end) throw new Error("the trace holds no gesture marks");
  const tasks = mainThreadTasks(events, start);
  const traceEnd = endOf(events);

  const t0 = start.ts;
  const t1 = end.ts;
  const found = idleFrom(tasks, t1, idleWindowMs * US, traceEnd);
  const quiet = found !== null;
  const idleAt = found ?? traceEnd;

  const stepMarks = events
    .filter((e) => /^bench:step-\d+$/.test(e.name) && e.cat.includes("blink.user_timing"))
    .sort((a, b) => a.ts - b.ts);
  const stepMs = [];
  let from = t0;
  for (const m of stepMarks) {
    stepMs.push(round(busyMs(tasks, from, m.ts)));
    from = m.ts;
  }
  const onMain = (e) =>
    e.pid === start.pid && e.tid === start.tid && e.ph === "X" && typeof e.dur === "number";
  const gcEvents = events.filter((e) => onMain(e) && (e.name === "MinorGC" || e.name === "MajorGC"));

  return {
    total: round(busyMs(tasks, t0, idleAt)),
    steps: round(busyMs(tasks, t0, t1)),
    settle: round(busyMs(tasks, t1, idleAt)),
    secondAfter: round(busyMs(tasks, t1, t1 + afterMs * US)),
    longestDuring: round(longestMs(tasks, t0, t1)),
    longestAfter: round(longestMs(tasks, t1, t1 + afterMs * US)),
    longestCpuDuring: round(longestCpuMs(tasks, t0, t1)),
    longestCpuAfter: round(longestCpuMs(tasks, t1, t1 + afterMs * US)),
    gc: round(busyMs(topLevel(gcEvents), t0, idleAt)),
    idleAfter: round((idleAt - t1) / US),
    quiet,
    stepMs,
  };
}

/**
 * Each step of a sequence (the as-of case): the harness sets `<prefix><i>` (i = 1, 2, …) right before
 * step i's input and `<prefix>end` after the last step has settled, and waits for the page to go quiet
 * between steps. Per step, in ms: total (task time from its mark until idle), longest (the longest task
 * that overlaps that span: GC included), cpu and longestCpu (the same two in thread time), idleAfter (ms from the mark to idle), quiet (false when the page
 * was not idle before the next step's mark: total is then a lower bound).
 */
export function analyseSteps(events, { prefix, idleWindowMs }) {
  const marks = events
    .filter((e) => e.name.startsWith(prefix) && e.cat.includes("blink.user_timing"))
    .sort((a, b) => a.ts - b.ts);
  const steps = marks.filter((e) => /^\d+$/.test(e.name.slice(prefix.length)));
  const end = marks.find((e) => e.name === `${prefix}end`);
  if (steps.length === 0 || !end) throw new Error(`the trace holds no "${prefix}" marks`);
  const tasks = mainThreadTasks(events, end);
  const traceEnd = endOf(events);
  return steps.map((mark, i) => {
    const limit = i + 1 < steps.length ? steps[i + 1].ts : traceEnd;
    const found = idleFrom(tasks, mark.ts, idleWindowMs * US, limit);
    const idleAt = found ?? limit;
    return {
      total: round(busyMs(tasks, mark.ts, idleAt)),
      longest: round(longestMs(tasks, mark.ts, idleAt)),
      cpu: round(cpuMs(tasks, mark.ts, idleAt)),
      longestCpu: round(longestCpuMs(tasks, mark.ts, idleAt)),
      idleAfter: round((idleAt - mark.ts) / US),
      quiet: found !== null,
    };
  });
}
