import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonSlip } from "../../src/data/jsonSlip.ts";
import { parseJsonText } from "../../src/data/parseJsonText.ts";
import { readJsonText } from "../../src/data/readJsonText.ts";
import { fetchDataset } from "../../src/model/fetchDataset.ts";

const SLIPPED = '{\n  "shows": [],\n  "sources": [],\n  "events": [],\n}';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("readJsonText()", () => {
  it("reads JSON as it is", async () => {
    await expect(readJsonText('{"shows":[]}')).resolves.toEqual({ shows: [] });
  });

  it("says a slip of hand-editing in plain words, after the parser's message", async () => {
    await expect(readJsonText(SLIPPED)).rejects.toThrow(
      /^The dataset is not valid JSON: .*\. Line 4, column 15: a comma before "}": JSON takes none after the last entry; delete it\./,
    );
    await expect(readJsonText("{ “shows”: [] }")).rejects.toThrow(/Line 1, column 3: a curly quote/);
  });

  it("parses a file that is not JSON once, for the parser's message and the slip alike", async () => {
    const parse = vi.spyOn(JSON, "parse");
    const said = await readJsonText(SLIPPED).catch((error: unknown) => (error as Error).message);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    // What the open dialog says of the same file (parseDatasetText).
    expect(() => parseJsonText(SLIPPED, jsonSlip)).toThrow(said as string);
    expect(said).toMatch(/Line 4, column 15: a comma before "}"/);
  });

  it("says an empty file is empty", async () => {
    await expect(readJsonText("  \n")).rejects.toThrow("The dataset file is empty.");
  });
});

describe("a ?data= file (fetchDataset) with a slip", () => {
  it("says the slip as the open dialog does", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(SLIPPED)),
    );
    await expect(fetchDataset("/mine.json")).rejects.toMatchObject({
      retryable: false,
      message: expect.stringMatching(
        /Line 4, column 15: a comma before "}": JSON takes none after the last entry/,
      ),
    });
  });
});
