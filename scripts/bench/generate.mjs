// Seeded synthetic datasets in the app's format (docs/data-format.md, src/data/schema.ts).
// The same (n, seed) always gives the same file, byte for byte.
//
//   node scripts/bench/generate.mjs <n> [file] [seed]   writes one dataset (default: stdout)
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

/** About sqrt(n)/8 shows: 4 for 1k, 9 for 5k, 18 for 20k, 40 for 100k. */
export function showCount(n) {
  return Math.max(4, Math.round(Math.sqrt(n) / 8));
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
export function generateDataset(n, seed = 1) {
  const random = mulberry32(seed);
  const int = (below) => Math.floor(random() * below);

  const shows = Array.from({ length: showCount(n) }, (_, i) => ({
    id: `show-${pad(i + 1)}`,
    title: `Show ${pad(i + 1)}`,
    color: hslHex((i * 137.508) % 360, 0.6, 0.42),
  }));
  const sources = Array.from({ length: SOURCE_COUNT }, (_, i) => ({
    id: `src-${i + 1}`,
    title: `Bench source ${i + 1}`,
    publisher: `Publisher ${i + 1}`,
    author: i % 2 === 0 ? null : `Author ${i + 1}`,
    published: isoDay(FIRST_DAY + (i + 1) * 500 * DAY),
    url: `https://example.com/bench/${i + 1}`,
  }));

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
    if (kind === "filming" || kind === "production") {
      const end = start + (14 + int(226)) * DAY;
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
    event.certainty = CERTAINTIES[int(CERTAINTIES.length)];
    event.citations = [{ source: sources[int(SOURCE_COUNT)].id, quote: `Quote ${i}.` }];
    events.push(event);
  }
  return { title: `Benchmark: ${n} events (seed ${seed})`, shows, sources, events };
}

/** The dataset as the compact JSON text that is served. */
export function datasetJson(n, seed = 1) {
  return JSON.stringify(generateDataset(n, seed));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const n = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(n) || n < 1) {
    console.error("usage: node scripts/bench/generate.mjs <n> [file] [seed]");
    process.exit(2);
  }
  const text = datasetJson(n, Number(process.argv[4] ?? 1));
  if (process.argv[3]) writeFileSync(process.argv[3], text);
  else process.stdout.write(text);
}
