// Which chunk each built file is. A lazy chunk's file is named by its hash alone (vite.config.ts's
// chunkFileNames: its name would be bytes of the first script), so the names come from the build's manifest.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The build's chunk names by file ("assets/0VuoHr.js" → "outcomeWords"), from `dist`'s manifest.
 * @param {string} [dist]
 * @returns {Map<string, string>}
 */
export function chunkNames(dist = "dist") {
  /** @type {Record<string, { file: string; name?: string }>} */
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
  return new Map(Object.values(manifest).flatMap((c) => (c.name ? [[c.file, c.name]] : [])));
}

/**
 * A pattern matching the URL of the chunk named `name` in the build in `dist` (throws when there is none).
 * @param {string} name
 * @param {string} [dist]
 * @returns {RegExp}
 */
export function chunkUrl(name, dist = "dist") {
  const file = [...chunkNames(dist)].find(([, n]) => n === name)?.[0];
  if (!file) throw new Error(`no chunk named ${name} in ${dist}`);
  return new RegExp(`/${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}
