// One tiny static server on 127.0.0.1 for the benchmark: the app's build (dist/, as a SPA), the
// generated datasets under /bench-data/, and the vis-timeline comparison page under /vis/.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

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
 * Starts the server. `dist` is the app's build folder, `dataDir` holds `<n>.json`, `vis` maps the
 * vis-timeline page's paths (under /vis/) to files, `floor` is the empty page served at /floor/.
 * Resolves to { origin, close() }.
 */
export async function startServer({ dist, dataDir, vis, floor }) {
  const distRoot = resolve(dist);
  const dataRoot = resolve(dataDir);
  const indexHtml = join(distRoot, "index.html");

  async function route(pathname) {
    if (pathname.startsWith("/bench-data/")) {
      const name = pathname.slice("/bench-data/".length);
      return /^[0-9]+\.json$/.test(name) ? join(dataRoot, name) : null;
    }
    if (pathname === "/floor/") return floor;
    if (pathname === "/vis" || pathname === "/vis/") return vis["index.html"];
    if (pathname.startsWith("/vis/")) return vis[pathname.slice("/vis/".length)] ?? null;
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
        const { size } = await stat(file);
        response.writeHead(200, {
          "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
          "Content-Length": size,
          "Cache-Control": "no-store",
        });
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
