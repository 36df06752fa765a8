import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError } from "../../src/data/DatasetError.ts";
import { MAX_DATASET_BYTES, STALL_MS, fetchDataset } from "../../src/model/fetchDataset.ts";
import { XLS_BYTES } from "./xlsBytes.ts";

const good = readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8");

/** A body that sends `chunks`, each after `gap` ms, and then either ends or goes silent for ever. */
function trickle(chunks: readonly string[], gap: number, end: boolean): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  let sent = 0;
  return new ReadableStream({
    pull: (controller) =>
      new Promise<void>((done) => {
        if (sent === chunks.length) {
          if (end) controller.close();
          return; // silent: never resolves, never enqueues
        }
        setTimeout(() => {
          controller.enqueue(bytes.encode(chunks[sent] ?? ""));
          sent += 1;
          done();
        }, gap);
      }),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("fetchDataset()", () => {
  it("refuses a dataset that says it is over the limit, before reading it", async () => {
    const response = new Response("{}", { headers: { "Content-Length": String(50 * 1024 * 1024) } });
    const text = vi.spyOn(response, "text");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => response),
    );
    await expect(fetchDataset("/big.json")).rejects.toThrow(/50\.0 MB; datasets over 40\.0 MB are refused/);
    expect(text).not.toHaveBeenCalled();
  });

  it("tells the declared size as soon as the response begins, before the body is read", async () => {
    const response = new Response("nope", { headers: { "Content-Length": "4" } });
    const text = vi.spyOn(response, "text");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => response),
    );
    const heard: number[] = [];
    await expect(fetchDataset("/x.json", undefined, (bytes) => heard.push(bytes))).rejects.toThrow(
      DatasetError,
    );
    expect(heard).toEqual([4]);
    expect(text).not.toHaveBeenCalled();
  });

  it("refuses a dataset over the limit that did not say its size", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(" ".repeat(MAX_DATASET_BYTES + 1))),
    );
    await expect(fetchDataset("/big.json")).rejects.toThrow(DatasetError);
  });

  it("marks a failed request as worth retrying, and a bad file as not", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 503, statusText: "Service Unavailable" })),
    );
    await expect(fetchDataset("/x.json")).rejects.toMatchObject({
      retryable: true,
      message: expect.stringContaining("503"),
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(fetchDataset("/x.json")).rejects.toMatchObject({ retryable: true });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("nope")),
    );
    await expect(fetchDataset("/x.json")).rejects.toMatchObject({ retryable: false });
  });
});

describe("fetchDataset() on a stalled request", () => {
  it("stops with a retryable message when no bytes arrive for 15 s after the headers", async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(trickle(['{"shows": ['], 1000, false))),
    );
    const loading = fetchDataset("/slow.json");
    const outcome = expect(loading).rejects.toMatchObject({
      retryable: true,
      message: expect.stringContaining("Nothing arrived from /slow.json for 15 seconds"),
    });
    await vi.advanceTimersByTimeAsync(1000 + STALL_MS);
    await outcome;
  });

  it("stops when the server never answers at all", async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      "fetch",
      vi.fn(
        (_: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
          }),
      ),
    );
    const loading = fetchDataset("/hang.json");
    const outcome = expect(loading).rejects.toMatchObject({ retryable: true, message: /15 seconds/ });
    await vi.advanceTimersByTimeAsync(STALL_MS);
    await outcome;
  });

  it("lets a slow download finish as long as bytes keep coming (10 s apart, 80 s in all)", async () => {
    vi.useFakeTimers();
    const size = Math.ceil(good.length / 8);
    const chunks = Array.from({ length: 8 }, (_, i) => good.slice(i * size, (i + 1) * size));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(trickle(chunks, 10_000, true))),
    );
    const loading = fetchDataset("/big-and-slow.json");
    await vi.advanceTimersByTimeAsync(8 * 10_000 + 1000);
    const { items } = await loading;
    expect(items.length).toBeGreaterThan(0);
  });

  it("reads a body in pieces whatever its Content-Length says: a character split between pieces, a compressed size", async () => {
    const bytes = new TextEncoder().encode(good.replace('"Show A"', '"Show A — Ω 😀"'));
    const cut = bytes.indexOf(0xe2) + 1; // inside the dash's three bytes
    const pieces = [bytes.subarray(0, cut), bytes.subarray(cut, cut + 5), bytes.subarray(cut + 5)];
    for (const declared of [undefined, 100, bytes.length]) {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) => {
          const piece = pieces[sent++];
          if (piece) controller.enqueue(piece);
          else controller.close();
        },
      });
      const headers: Record<string, string> = declared ? { "Content-Length": String(declared) } : {};
      vi.stubGlobal(
        "fetch",
        vi.fn(async () => new Response(body, { headers })),
      );
      const { dataset } = await fetchDataset("/pieces.json");
      expect(dataset.shows.map((show) => show.title)).toContain("Show A — Ω 😀");
    }
  });
});

describe("a ?data= JSON file's encoding, read as an opened file's is", () => {
  it.each([
    ["UTF-16 little-endian with its mark, as Notepad saves 'Unicode'", "utf-16le"],
    ["UTF-16 big-endian with its mark", "utf-16be"],
  ] as const)("%s", async (_, encoding) => {
    const text = `\uFEFF${good.replace('"Show A"', '"Show Á"')}`;
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const bytes = new Uint8Array(units.length * 2);
    const view = new DataView(bytes.buffer);
    units.forEach((unit, i) => view.setUint16(i * 2, unit, encoding === "utf-16le"));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(bytes)),
    );
    const { dataset } = await fetchDataset("/unicode.json");
    expect(dataset.shows.map((show) => show.title)).toEqual(["Show Á"]);
  });

  it("Windows-1252, when it is not UTF-8: its letters, not '�'", async () => {
    const bytes = Uint8Array.from(good.replace('"Show A"', '"Café Show"'), (c) => c.charCodeAt(0));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(bytes)),
    );
    const { dataset } = await fetchDataset("/latin.json");
    expect(dataset.shows.map((show) => show.title)).toEqual(["Café Show"]);
  });
});

describe("a ?data= spreadsheet", () => {
  const template = readFileSync(resolve(import.meta.dirname, "../../public/data/template.csv"));
  const bundled = JSON.parse(
    readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8"),
  ) as { events: unknown[] };

  it.each([
    ["named .csv", "/data/template.csv", {}],
    ["named .csv, with a query", "/data/template.CSV?v=2", {}],
    ["served as text/csv", "/sheet", { "Content-Type": "text/csv; charset=utf-8" }],
  ])("is read as the spreadsheet it is: %s", async (_, url, headers) => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(template, { headers })),
    );
    const prepared = await fetchDataset(url);
    expect(prepared.problems).toEqual([]);
    expect(prepared.dataset.events).toHaveLength(bundled.events.length);
  });

  it("is not what a .json is, whatever type a server gives it", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(good, { headers: { "Content-Type": "text/csv" } })),
    );
    const prepared = await fetchDataset("/data/mine.json");
    expect(prepared.problems).toEqual([]);
    expect(prepared.dataset.events.length).toBeGreaterThan(0);
  });

  it("is read in the encoding a local sheet is: Windows-1252 when it is not UTF-8", async () => {
    const header = "show,season,kind,label,start,certainty,source title,publisher,published,url,quote\n";
    const row = "Café Show,1,release,Out,2016-09-30,confirmed,T,P,2016-09-01,https://example.com/a,q\n";
    const bytes = Uint8Array.from(`${header}${row}`, (c) => c.charCodeAt(0));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(bytes)),
    );
    const prepared = await fetchDataset("/mine.csv");
    expect(prepared.dataset.shows.map((show) => show.title)).toEqual(["Café Show"]);
  });

  it("is refused as an Excel 97–2003 workbook by its bytes, named .csv or served as .xls", async () => {
    const xls = XLS_BYTES;
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(xls, { headers: { "Content-Type": "application/vnd.ms-excel" } })),
    );
    await expect(fetchDataset("/old.csv")).rejects.toThrow(
      /^\/old\.csv is an Excel 97–2003 workbook \(\.xls\), not CSV: save it as CSV/,
    );
    await expect(fetchDataset("/old.xls")).rejects.toThrow(
      /^The dataset is an Excel 97–2003 workbook \(\.xls\), not JSON: save it as CSV/,
    );
  });

  it("is refused by name when it is empty, as an opened one is", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("\uFEFF\n")),
    );
    await expect(fetchDataset("/empty.csv")).rejects.toThrow("/empty.csv is empty.");
  });
});
