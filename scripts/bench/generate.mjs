// Seeded synthetic datasets in the app's format (docs/data-format.md, src/data/schema.ts).
// The same (n, seed, shape) always gives the same file, byte for byte.
//
//   node scripts/bench/generate.mjs <n> [file] [seed] [rowsPer]   writes one dataset (default: stdout);
//   rowsPer is "sqrt" (the default shape) or a number (one show row per that many events, issue 10's shape)
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** A small, fast, seeded PRNG: returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3_650; // about ten years: 2015 … 2024
const CERTAINTIES = ["confirmed", "reported", "speculative"];
const SOURCE_COUNT = 6;
// Issue 10's shape: 2010–2024.
const ROWS_FIRST_DAY = Date.UTC(2010, 0, 1);
const ROWS_END = Date.UTC(2025, 0, 1);
const ROWS_SPAN_DAYS = (ROWS_END - ROWS_FIRST_DAY) / DAY;

/** About sqrt(n)/8 shows: 4 for 1k, 9 for 5k, 18 for 20k, 40 for 100k. */
export function showCount(n) {
  return Math.max(4, Math.round(Math.sqrt(n) / 8));
}

/** Issue 10's shape: one show row per `rowsPer` events, at least 6 (20 for 1k, 2,000 for 100k at 50). */
export function rowCount(n, rowsPer) {
  return Math.max(6, Math.round(n / rowsPer));
}

const pad = (value, width = 2) => String(value).padStart(width, "0");
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const isoMonth = (ms) => new Date(ms).toISOString().slice(0, 7);

function hslHex(hue, saturation, lightness) {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (k0) => {
    const k = (k0 + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return pad(Math.round(value * 255).toString(16));
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/**
 * A dataset of `n` events: windows (filming/production, start and end) and milestones
 * (release/announcement, start only) spread over shows and ten years, one citation each.
 * 80 % of dates are days (`2018-03-04`), 10 % months (`2018-03`), 10 % approximate days (`2018-03-04~`).
 */
export function generateDataset(n, seed = 1, rowsPer = "sqrt") {
  if (rowsPer !== "sqrt") return generateRowsDataset(n, seed, rowsPer);
  const random = mulberry32(seed);
  const int = (below) => Math.floor(random() * below);

  const shows = makeShows(showCount(n));
  const sources = makeSources();

  const events = [];
  for (let i = 0; i < n; i++) {
    const show = shows[int(shows.length)];
    const day = int(SPAN_DAYS);
    const start = FIRST_DAY + day * DAY;
    const season = 1 + Math.floor(day / 730); // a season every two years: 1 … 5
    const roll = random();
    const kind =
      roll < 0.3 ? "filming" : roll < 0.5 ? "production" : roll < 0.75 ? "release" : "announcement";
    const precision = random();
    const event = {
      id: `e${i}`,
      show: show.id,
      season,
      kind,
      label: `${show.title} s${season} ${kind}`,
    };
    setDates(event, start, () => (14 + int(226)) * DAY, precision);
    event.certainty = CERTAINTIES[int(CERTAINTIES.length)];
    event.citations = [{ source: sources[int(SOURCE_COUNT)].id, quote: `Quote ${i}.` }];
    events.push(event);
  }
  return { title: `Benchmark: ${n} events (seed ${seed})`, shows, sources, events };
}

/**
 * Issue 10's shape: one show row per `rowsPer` events (at least 6), seasons 1–5, 60 % filming windows of
 * 20–220 days and 40 % releases, spread over 2010–2024, one citation each; dates are 80 % days, 10 %
 * months, 10 % approximate days, as in the default shape.
 */
function generateRowsDataset(n, seed, rowsPer) {
  if (!Number.isInteger(rowsPer) || rowsPer < 1) throw new Error(`rowsPer is "sqrt" or a whole number ≥ 1`);
  const random = mulberry32(seed);
  const int = (below) => Math.floor(random() * below);
  const shows = makeShows(rowCount(n, rowsPer));
  const sources = makeSources();
  const events = [];
  for (let i = 0; i < n; i++) {
    const show = shows[int(shows.length)];
    const season = 1 + int(5);
    const kind = random() < 0.6 ? "filming" : "release";
    // A window lasts 20–220 days and ends inside 2010–2024.
    const days = kind === "filming" ? 20 + int(201) : 0;
    const start = ROWS_FIRST_DAY + int(ROWS_SPAN_DAYS - days) * DAY;
    const precision = random();
    const event = { id: `e${i}`, show: show.id, season, kind, label: `${show.title} s${season} ${kind}` };
    setDates(event, start, () => days * DAY, precision);
    event.certainty = CERTAINTIES[int(CERTAINTIES.length)];
    event.citations = [{ source: sources[int(SOURCE_COUNT)].id, quote: `Quote ${i}.` }];
    events.push(event);
  }
  return { title: `Benchmark: ${n} events, a row per ${rowsPer} (seed ${seed})`, shows, sources, events };
}

/**
 * start (and end, for a window kind) as EDTF: 80 % days, 10 % months, 10 % approximate days. `length` draws
 * the window's length from the generator, only for a window (so that the default shape stays as it was).
 */
function setDates(event, start, length, precision) {
  if (event.kind === "filming" || event.kind === "production") {
    const end = start + length();
    if (precision < 0.1) {
      // Month precision: the end is always a later month than the start.
      const endMonth = isoMonth(end) === isoMonth(start) ? isoMonth(end + 31 * DAY) : isoMonth(end);
      event.start = isoMonth(start);
      event.end = endMonth;
    } else if (precision < 0.2) {
      event.start = `${isoDay(start)}~`;
      event.end = `${isoDay(end)}~`;
    } else {
      event.start = isoDay(start);
      event.end = isoDay(end);
    }
  } else {
    event.start = precision < 0.1 ? isoMonth(start) : precision < 0.2 ? `${isoDay(start)}~` : isoDay(start);
  }
}

function makeShows(count) {
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => ({
    id: `show-${pad(i + 1, width)}`,
    title: `Show ${pad(i + 1, width)}`,
    color: hslHex((i * 137.508) % 360, 0.6, 0.42),
  }));
}

function makeSources() {
  return Array.from({ length: SOURCE_COUNT }, (_, i) => ({
    id: `src-${i + 1}`,
    title: `Bench source ${i + 1}`,
    publisher: `Publisher ${i + 1}`,
    author: i % 2 === 0 ? null : `Author ${i + 1}`,
    published: isoDay(FIRST_DAY + (i + 1) * 500 * DAY),
    url: `https://example.com/bench/${i + 1}`,
  }));
}

/** The dataset as the compact JSON text that is served. */
export function datasetJson(n, seed = 1, rowsPer = "sqrt") {
  return JSON.stringify(generateDataset(n, seed, rowsPer));
}

/**
 * The as-of case's synthetic dataset: the `sqrt` shape of `n` events where about 30 % of the events whose
 * source is not the first also cite an earlier source that gave only the year of its start (a claim): so
 * the as-of view has something to move on each of the sources' days. Seeded like the rest.
 */
export function claimsDatasetJson(n, seed = 1) {
  const dataset = generateDataset(n, seed, "sqrt");
  const random = mulberry32(seed ^ 0x5eed);
  dataset.title = `Benchmark: ${n} events with claims (seed ${seed})`;
  dataset.events.forEach((event, i) => {
    const own = Number(event.citations[0].source.slice("src-".length)) - 1;
    if (own === 0 || random() >= 0.3) return;
    const earlier = dataset.sources[Math.floor(random() * own)].id;
    const year = Number(event.start.slice(0, 4)) + (random() < 0.5 ? 1 : 0);
    event.citations.unshift({
      source: earlier,
      quote: `Earlier quote ${i}.`,
      claim: { start: String(year) },
    });
  });
  return JSON.stringify(dataset);
}

/**
 * A junk file (issue 12): valid shows and sources, but `events` is `count` copies of `0` ("zeros") or of
 * `{}` ("objects"). Every event is invalid, so the page's answer is its problem list or its error screen.
 */
export function junkJson(kind, count) {
  if (kind !== "zeros" && kind !== "objects") throw new Error(`junk kind is zeros or objects, not ${kind}`);
  const events = new Array(count).fill(kind === "zeros" ? 0 : {});
  return JSON.stringify({
    title: `Benchmark junk: ${count} × ${kind}`,
    shows: makeShows(4),
    sources: makeSources(),
    events,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const n = Number(process.argv[2] ?? 1000);
  const rowsPer =
    process.argv[5] === undefined || process.argv[5] === "sqrt" ? "sqrt" : Number(process.argv[5]);
  if (!Number.isInteger(n) || n < 1 || (rowsPer !== "sqrt" && !(Number.isInteger(rowsPer) && rowsPer >= 1))) {
    console.error("usage: node scripts/bench/generate.mjs <n> [file] [seed] [rowsPer: sqrt | a number]");
    process.exit(2);
  }
  const text = datasetJson(n, Number(process.argv[4] ?? 1), rowsPer);
  if (process.argv[3]) writeFileSync(process.argv[3], text);
  else process.stdout.write(text);
}
