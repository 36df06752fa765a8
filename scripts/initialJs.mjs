// The app's initial JavaScript: what dist/index.html loads before anything else (its module script and
// every modulepreload it names), with each file's size and gzip -9 size. Shared by the size check and the
// benchmark.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function initialJs(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const urls = new Set();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (/\btype=["']?module\b/i.test(tag)) {
      const src = /\bsrc=["']?([^"'\s>]+)/i.exec(tag);
      if (src) urls.add(src[1]);
    }
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (/\brel=["']?modulepreload\b/i.test(tag)) {
      const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag);
      if (href) urls.add(href[1]);
    }
  }
  const files = [...urls].map((url) => {
    const file = join(dist, new URL(url, "http://x/").pathname);
    return { url, bytes: readFileSync(file).length, gzipBytes: gzipBytes(file) };
  });
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}
