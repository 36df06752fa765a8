// One tiny static server on 127.0.0.1 for the benchmark: the app's build (dist/, as a SPA), the
// generated datasets under /bench-data/, and the peers' comparison pages (/vis/, /dhtmlx/).
// Scripts, styles and pages go out gzip-compressed (level 9) to a browser that accepts it, as any real
// server would send them: so the browser's encodedBodySize of a script is its gzip size. Datasets go out
// as they are (the app checks their declared Content-Length against its size cap).
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

const COMPRESSED = new Set([".html", ".js", ".mjs", ".css", ".svg"]);
/** file → { mtimeMs, size, gzip }: each file is compressed once. */
const gzipCache = new Map();

async function gzipped(file, { mtimeMs, size }) {
  const cached = gzipCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.gzip;
  const gzip = gzipSync(await readFile(file), { level: 9 });
  gzipCache.set(file, { mtimeMs, size, gzip });
  return gzip;
}

/** `rel` inside `root`, or null when it would step out of it. */
function inside(root, rel) {
  const file = normalize(join(root, rel));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts the server. `dist` is the app's build folder, `dataDir` holds the datasets (`<name>.json`),
 * `peers` maps each peer's name to a map of its page's paths (under /<name>/, "index.html" for the page
 * itself) to files, `floor` is the empty page served at /floor/. Resolves to { origin, close() }.
 */
export async function startServer({ dist, dataDir, peers, floor }) {
  const distRoot = resolve(dist);
  const dataRoot = resolve(dataDir);
  const indexHtml = join(distRoot, "index.html");

  async function route(pathname) {
    if (pathname.startsWith("/bench-data/")) {
      const name = pathname.slice("/bench-data/".length);
      return /^[a-z0-9-]+\.json$/.test(name) ? join(dataRoot, name) : null;
    }
    if (pathname === "/floor/") return floor;
    const [, peer, rest] = /^\/([a-z]+)\/(.*)$/.exec(pathname) ?? [];
    if (peer !== undefined && Object.hasOwn(peers, peer)) {
      const files = peers[peer];
      const name = rest || "index.html";
      return Object.hasOwn(files, name) ? files[name] : null;
    }
    const file = inside(distRoot, pathname);
    if (file && (await isFile(file))) return file;
    // A SPA: a path without an extension is a route of the app.
    return extname(pathname) === "" ? indexHtml : null;
  }

  const server = createServer((request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(text);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "GET only\n");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      return send(400, "bad path\n");
    }
    route(pathname).then(
      async (file) => {
        if (file === null || !(await isFile(file))) return send(404, "not found\n");
        const info = await stat(file);
        const headers = {
          "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
          "Cache-Control": "no-store",
          Vary: "Accept-Encoding",
        };
        if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
          const body = await gzipped(file, info);
          response.writeHead(200, { ...headers, "Content-Encoding": "gzip", "Content-Length": body.length });
          return response.end(request.method === "HEAD" ? undefined : body);
        }
        response.writeHead(200, { ...headers, "Content-Length": info.size });
        if (request.method === "HEAD") return response.end();
        createReadStream(file)
          .on("error", () => response.destroy())
          .pipe(response);
      },
      () => send(500, "error\n"),
    );
  });
  server.keepAliveTimeout = 1_000;

  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
