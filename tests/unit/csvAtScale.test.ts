import { describe, expect, it, vi } from "vitest";
import { parseCsvDataset, parseCsvDatasetSteps } from "../../src/model/parseCsvDataset.ts";

const HEADER = "show,kind,label,start,certainty,source title,publisher,published,url,quote";
/** A sheet of `count` rows, each its own article from one publisher on one day, as a clippings log is. */
const clippings = (count: number) =>
  [
    HEADER,
    ...Array.from(
      { length: count },
      (_, n) =>
        `Daredevil,filming,Filming ${n},2016-07,reported,An article,Example News,2016-05-11,https://example.com/${n},Filming starts.`,
    ),
  ].join("\n");

describe("a large sheet", () => {
  it("names the sources of one publisher and day by counting on, not by trying every number again for each", () => {
    const has = vi.spyOn(Set.prototype, "has");
    const { dataset, problems } = parseCsvDataset(clippings(1000));
    // Counted, not timed: each id tried again from -2 up was half a million lookups here.
    const lookups = has.mock.calls.length;
    has.mockRestore();
    expect(problems).toEqual([]);
    expect(dataset.sources.map((s) => s.id).slice(0, 3)).toEqual([
      "example-news-2016-05-11",
      "example-news-2016-05-11-2",
      "example-news-2016-05-11-3",
    ]);
    expect(dataset.sources.at(-1)?.id).toBe("example-news-2016-05-11-1000");
    expect(lookups).toBeLessThan(50_000);
  });

  it("keeps the first 100 of each kind of the sheet's own problems, as of the JSON's, and counts the rest", () => {
    const columns = parseCsvDataset(`${"x,".repeat(5000)}\n1`);
    const unknown = columns.problems.filter((p) => p.reason === 'unknown column "x" (ignored)');
    expect(unknown).toHaveLength(100);
    expect(columns.omitted).toEqual([{ like: unknown.at(-1), count: 4900 }]);

    const rows = clippings(300).replace(/Filming starts\./g, "Filming starts, extra");
    const split = parseCsvDataset(rows);
    expect(split.problems).toHaveLength(100);
    expect(split.problems.at(-1)?.path).toBe("row 101");
    expect(split.omitted).toEqual([{ like: split.problems.at(-1), count: 200 }]);
  });

  it("is read in steps the page can pause between: before and after it is split into rows, every thousand rows, then before the check; and reads the same at once", () => {
    const steps = parseCsvDatasetSteps(clippings(2500));
    const said: unknown[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) said.push(next.value);
    expect(said).toEqual([
      { kind: "split" },
      { kind: "split" },
      { kind: "rows", done: 0, total: 2500 },
      { kind: "rows", done: 1000, total: 2500 },
      { kind: "rows", done: 2000, total: 2500 },
      { kind: "checking", events: 2500 },
    ]);
    const { dataset, problems } = next.value;
    expect(problems).toEqual([]);
    expect(dataset).toEqual(parseCsvDataset(clippings(2500)).dataset);
  });
});
