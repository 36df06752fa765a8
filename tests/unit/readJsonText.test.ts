import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDatasetText } from "../../src/data/parseDataset.ts";
import { jsonInsteadOfSheet } from "../../src/data/jsonInsteadOfSheet.ts";
import { notJson } from "../../src/data/notJson.ts";
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

  it("says a slip of hand-editing in plain words, instead of the parser's message", async () => {
    await expect(readJsonText(SLIPPED)).rejects.toThrow(
      /^The dataset is not valid JSON\. Line 4, column 15: a comma before "}": JSON takes none after the last entry; delete it\./,
    );
    await expect(readJsonText("{ “shows”: [] }")).rejects.toThrow(/Line 1, column 3: a curly quote/);
  });

  it("says a slip inside a string in plain words too: an escaped apostrophe, a tab, a line break", async () => {
    await expect(readJsonText(`{"title": "Marvel\\'s shows"}`)).rejects.toThrow(
      "The dataset is not valid JSON. Line 1, column 18: JSON does not escape an apostrophe (\\'): write ' alone.",
    );
    await expect(readJsonText(`{"title": "Marvel\tshows"}`)).rejects.toThrow(
      "Line 1, column 18: a tab inside a string: write \\t (or remove it).",
    );
    await expect(readJsonText(`{"title": "Marvel\nshows",\n"shows": []}`)).rejects.toThrow(
      "Line 1, column 18: a string cannot hold a line break: write \\n, or join the lines.",
    );
  });

  it("parses a file that is not JSON once, for the parser's message and the slip alike", async () => {
    const parse = vi.spyOn(JSON, "parse");
    const said = await readJsonText(SLIPPED).catch((error: unknown) => (error as Error).message);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    // What the open dialog says of the same file (parseDatasetText).
    expect(() => parseJsonText(SLIPPED, notJson)).toThrow(said as string);
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

describe("a spreadsheet where a JSON dataset was expected", () => {
  const TEMPLATE = readFileSync(resolve(import.meta.dirname, "../../public/data/template.csv"), "utf8");
  const SAID =
    /^The dataset looks like a spreadsheet saved as CSV, not JSON: name it \.csv and it is read as one, by "Open a dataset…" and by \?data= alike; or convert it to JSON with npm run convert -- sheet\.csv sheet\.json\.$/;

  it.each([
    ["the template, #title row first", TEMPLATE],
    ["a header row", "event id,show,season,kind\nx,daredevil,1,release\n"],
    ["a semicolon header", "event id;show;season\n"],
    ["Excel's sep= line", "sep=;\nevent id;show\n"],
  ])("says so plainly, with what to do: %s", async (_, text) => {
    await expect(readJsonText(text)).rejects.toThrow(SAID);
    expect(() => parseDatasetText(text)).toThrow(SAID);
  });

  it("names a tab-separated sheet TSV, and .tsv", () => {
    expect(() => parseDatasetText("event id\tshow\tseason\n")).toThrow(
      /^The dataset looks like a spreadsheet saved as TSV, not JSON: name it \.tsv .* npm run convert -- sheet\.tsv sheet\.json\.$/,
    );
  });

  it.each([
    ["a slip", SLIPPED],
    ["JSON missing its brace", '"shows": [], "sources": [],\n"events": []'],
    ["one word", "nope"],
  ])("leaves what is not a sheet to the JSON parser's words: %s", (_, text) => {
    expect(() => parseDatasetText(text)).toThrow(/^The dataset is not valid JSON[:.] /);
  });
});

describe("a JSON dataset where a spreadsheet was expected (jsonInsteadOfSheet)", () => {
  const SAID =
    'mine.csv looks like JSON, not a spreadsheet saved as CSV: name it .json and it is read as one, by "Open a dataset…" and by ?data= alike.';

  it.each([
    ["a dataset as written", '{\n  "title": "Mine",\n  "shows": [],\n  "sources": [],\n  "events": []\n}\n'],
    ["a dataset on one line, after a byte order mark", '\uFEFF{"shows":[],"sources":[],"events":[]}'],
    ["JSON with a slip, named .csv", '{\n  "shows": [],\n}'],
    ["a list", '[{"id": "a"}]'],
  ])("says it looks like JSON, and to name it .json: %s", (_, text) => {
    expect(jsonInsteadOfSheet("mine.csv", text)?.message).toBe(SAID);
  });

  it.each([
    ["the template", readFileSync(resolve(import.meta.dirname, "../../public/data/template.csv"), "utf8")],
    ["a header row", "event id,show,season,kind\n"],
    ["a header whose first cell has a brace", "{id},show\n"],
    ["a web page", "<!doctype html>"],
  ])("says nothing of a sheet or another kind of file: %s", (_, text) => {
    expect(jsonInsteadOfSheet("mine.csv", text)).toBeNull();
  });
});

describe("another kind of file where a JSON dataset was expected", () => {
  it.each([
    [
      "a server's error page",
      "<!doctype html>\n<html><head><title>404 Not Found</title></head></html>",
      "The dataset looks like a web page (HTML), not JSON. A server may have sent its error page, or the " +
        "address is of a page that shows the file rather than of the file itself (on GitHub, its Raw link).",
    ],
    [
      "a built script, whose first line has commas as a sheet's has",
      'import{a as b,c as d,e as f}from"./app.js";const g=1;',
      "The dataset looks like a script (JavaScript), not JSON. Give the dataset's own .json file, or a " +
        "spreadsheet saved as .csv.",
    ],
    [
      "an image, as the page decodes its bytes",
      "\u2030PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR",
      "The dataset looks like an image (PNG), not JSON. Give the dataset's own .json file, or a spreadsheet " +
        "saved as .csv.",
    ],
    [
      "bytes that are no text",
      "\u0001\u0002\u0003\u0004",
      "The dataset looks like binary data, not text. Give the dataset's own .json file, or a spreadsheet " +
        "saved as .csv.",
    ],
  ])("says what it looks like, not the parser's words: %s", async (_, text, said) => {
    await expect(readJsonText(text)).rejects.toThrow(said);
    expect(() => parseDatasetText(text)).toThrow(said);
  });
});
