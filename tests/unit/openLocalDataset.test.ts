import { QueryClient } from "@tanstack/react-query";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openLocalDataset } from "../../src/components/openLocalDataset.ts";

const GOOD_JSON = readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8");
const file = (name: string) => new File([GOOD_JSON], name, { type: "application/json" });

describe("a dataset opened from this device", () => {
  it("stays in memory while the page is open, since it cannot be fetched again, as do the files before it", async () => {
    const client = new QueryClient();
    const first = await openLocalDataset([file("a.json")], client, () => {}, new AbortController().signal);
    const second = await openLocalDataset([file("b.json")], client, () => {}, new AbortController().signal);
    expect(second).toMatchObject({ name: "b.json", events: first.events });
    const cached = (key: string) => client.getQueryCache().find({ queryKey: ["dataset", key], exact: true });
    expect(cached(second.key)?.gcTime).toBe(Infinity);
    // The page lets the oldest go, once it shows the new one (heldFiles): Back reaches the one before.
    expect(cached(first.key)?.gcTime).toBe(Infinity);
  });

  it("says how far a long read has got, ending with the chart, and not at all for a quick one", async () => {
    const sheet = [
      "show,kind,label,start,certainty,source title,publisher,published,url,quote",
      ...Array.from(
        { length: 1500 },
        (_, n) =>
          `Daredevil,filming,Filming ${n},2016-07,reported,An article,Example News,2016-05-11,https://example.com/${n},Filming starts.`,
      ),
    ].join("\n");
    const csv = new File([sheet], "big.csv", { type: "text/csv" });
    // On a clock that stands still, the read is quick, and nothing is said.
    const quick: unknown[] = [];
    vi.spyOn(performance, "now").mockReturnValue(0);
    await openLocalDataset(
      [csv],
      new QueryClient(),
      (step) => quick.push(step),
      new AbortController().signal,
    );
    // On one that moves 60 ms at every look, every step is a long one, and each is said.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 60));
    const kinds: string[] = [];
    const opened = await openLocalDataset(
      [csv],
      new QueryClient(),
      (step) => kinds.push(step.kind),
      new AbortController().signal,
    );
    vi.restoreAllMocks();
    expect(opened.events).toBe(1500);
    expect(kinds).toEqual(["split", "split", "rows", "rows", "checking", "preparing"]);
    expect(quick).toEqual([]);
  });
});

describe("a dropped folder", () => {
  it("is named, with what to do, not left to the browser's words that name nothing", async () => {
    // What Chromium gives for a folder in a drop: a File whose bytes cannot be read.
    const folder = new File([], "articles");
    vi.spyOn(folder, "arrayBuffer").mockRejectedValue(
      new DOMException("A requested file or directory could not be found…", "NotFoundError"),
    );
    await expect(
      openLocalDataset([file("a.json"), folder], new QueryClient(), () => {}, new AbortController().signal),
    ).rejects.toThrow(
      "articles could not be read: a folder is not opened (open or drop the files in it instead), and a file " +
        "moved or deleted since it was chosen cannot be.",
    );
  });
});
