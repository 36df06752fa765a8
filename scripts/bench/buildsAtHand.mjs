// What the before-and-after scripts (keys.mjs, loads.mjs) share: their command line, and one generated
// dataset served beside each build by the bench's own server.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { datasetJson } from "./generate.mjs";
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
