import fc from "fast-check";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSlip } from "../../src/data/jsonSlip.ts";
import { parseDatasetText } from "../../src/data/parseDataset.ts";
import { readJsonText } from "../../src/data/readJsonText.ts";
import { openDatasetFiles } from "../../src/model/openDatasetFiles.ts";

/** What opening `text` as a .json file says, past the parser's own message. */
function said(text: string): string {
  try {
    parseDatasetText(text);
  } catch (error) {
    return (error as Error).message.replace(/^.*?\)?\. (?=Line )/s, "");
  }
  return "opened";
}

const EVENT = '{"id": "a", "kind": "filming"}';

describe("A JSON file with a slip of hand-editing", () => {
  it("says where the slip is, what it is in plain words, and what to write", () => {
    expect(said(`{"events": [${EVENT},\n]}`)).toBe(
      'Line 1, column 43: a comma before "]": JSON takes none after the last entry; delete it.',
    );
    expect(said(`{"events": [{“id”: "a"}]}`)).toBe(
      'Line 1, column 14: a curly quote (“), as a word processor or phone types it: write names and text between straight double quotes (").',
    );
    expect(said(`{'events': []}`)).toBe(
      "Line 1, column 2: a single quote ('): write names and text between straight double quotes (\").",
    );
    expect(said(`{\n  // the shows\n  "shows": []\n}`)).toBe(
      'Line 2, column 3: JSON has no comments: delete it (a note for readers goes in a "note" field).',
    );
    expect(said(`{"events": [\n  ${EVENT}\n  ${EVENT}\n]}`)).toBe(
      "Line 3, column 3: a comma is missing before this entry: write , between entries.",
    );
    expect(said(`{"events": [{"id": "a", "season": NaN}]}`)).toBe(
      "Line 1, column 35: JSON has no NaN: write a number, or leave the field out.",
    );
    expect(said(`{"events": [{"id": "a", "kind": filming}]}`)).toBe(
      'Line 1, column 33: filming without quotes: write "filming".',
    );
    expect(said(`{"events": [{"id" "a"}]}`)).toBe(
      'Line 1, column 19: a colon is missing after the name before it: write "name": value.',
    );
  });

  it("says the slip first, and not the parser's excerpt of the text around it", () => {
    expect(() => parseDatasetText(`{"a":1,}`)).toThrow(
      /^The dataset is not valid JSON\. Line 1, column 7: a comma before "}": JSON takes none after the last entry; delete it\.$/,
    );
    // V8: Unexpected token ']', ..."" }] },\u{A}  ]\u{A}}\u{A}" is not valid JSON
    const text = `{\n  "events": [\n    { "id": "a", "citations": [{ "quote": "" }] },\n  ]\n}\n`;
    expect(() => parseDatasetText(text)).toThrow(
      /^The dataset is not valid JSON\. Line 3, column 50: a comma before "]": JSON takes none after the last entry; delete it\./,
    );
    expect(() => parseDatasetText(text)).not.toThrow(/u\{A\}|Unexpected token|is not valid JSON$/);
  });

  it("says where the parser stopped too, when that is another line than the slip's", () => {
    expect(() => parseDatasetText(`{\n  "shows": [],\n}`)).toThrow(
      'Line 2, column 14: a comma before "}": JSON takes none after the last entry; delete it. (The parser stopped at line 3, column 1.)',
    );
  });

  it("keeps the parser's own message and place when the slip is not one it knows", () => {
    expect(() => parseDatasetText(`{"a": @}`)).toThrow(
      /^The dataset is not valid JSON: Unexpected token '@'/,
    );
    // Curly quotes inside a string are its text, not a slip.
    expect(() => parseDatasetText(`{"title": "“Quoted”"}`)).toThrow('The dataset has no "shows" array.');
  });

  it("a string missing its closing quote is told it runs on past the end of its line", () => {
    const text = `{\n  "events": [\n    { "id": "a", "label": "Filming starts,\n      "kind": "filming" }\n  ]\n}\n`;
    expect(said(text)).toBe(
      'Line 3, column 27: a string runs on past the end of its line: is its closing " missing?',
    );
    // Not the parser's "Bad control character in string literal".
    expect(() => parseDatasetText(text)).not.toThrow(/control character/);
    // Its closing bracket on the next line, and no other quote after it: the same.
    expect(said(`{"title": "Mine\n}`)).toBe(
      'Line 1, column 11: a string runs on past the end of its line: is its closing " missing?',
    );
  });

  it("tells a JSON string's \\' escape to write the apostrophe alone", () => {
    const text = `{\n  "events": [\n    { "id": "a", "label": "Stranger Things\\' S2 out" }\n  ]\n}\n`;
    expect(said(text)).toBe("Line 3, column 43: JSON does not escape an apostrophe (\\'): write ' alone.");
    // Not the parser's "Bad escaped character in JSON at position 64".
    expect(() => parseDatasetText(text)).not.toThrow(/Bad escaped character/);
  });

  it("tells an escape JSON does not have which ones it has, and how to write a backslash", () => {
    expect(said(`{"events": [{"id": "a", "note": "C:\\Films\\today"}]}`)).toBe(
      'Line 1, column 36: \\F is not an escape JSON has (it has \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX): write \\\\ for a backslash itself.',
    );
    // A Windows path's \users reads as a \u escape without its four hex digits.
    expect(said(`{"events": [{"id": "a", "note": "C:\\users"}]}`)).toBe(
      "Line 1, column 36: \\u takes four hex digits (\\u00e9 is é): write them, or \\\\ for a backslash itself.",
    );
    // As JavaScript continues a string on the next line.
    expect(said(`{"events": [{"id": "a", "label": "Filming \\\n starts"}]}`)).toBe(
      "Line 1, column 43: a string cannot go on past a \\ at the end of its line: delete the \\ and join the lines.",
    );
  });

  it("tells a tab pasted inside a string to be written \\t", () => {
    const text = `{\n  "events": [\n    { "id": "a", "label": "Filming\tstarts" }\n  ]\n}\n`;
    expect(said(text)).toBe("Line 3, column 35: a tab inside a string: write \\t (or remove it).");
    expect(() => parseDatasetText(text)).not.toThrow(/control character/);
    // Word's line break (Shift+Enter), pasted.
    expect(said(`{"events": [{"id": "a", "label": "Filming\u000Bstarts"}]}`)).toBe(
      "Line 1, column 42: a control character (U+000B) inside a string: remove it (or write \\u000B).",
    );
  });

  it("tells a string that closes on a later line that a string cannot hold a line break", () => {
    const text = `{\n  "events": [\n    { "id": "a", "quote": "In July, filming\nbegins in New York." }\n  ]\n}\n`;
    expect(said(text)).toBe(
      "Line 3, column 44: a string cannot hold a line break: write \\n, or join the lines.",
    );
    // Windows line ends, and a name's string alike.
    expect(said(`{\r\n  "la\r\nbel": "x"\r\n}`)).toBe(
      "Line 2, column 6: a string cannot hold a line break: write \\n, or join the lines.",
    );
  });

  it("takes a word that names no slip for a word, even one every object has (valueOf)", () => {
    expect(said(`{"events": [{"kind": valueOf}]}`)).toBe(
      'Line 1, column 22: valueOf without quotes: write "valueOf".',
    );
    expect(() => parseDatasetText("valueOf")).toThrow(/^The dataset is not valid JSON: Unexpected token/);
  });

  it("is said by the page's open dialog too", () => {
    expect(() => openDatasetFiles([{ name: "mine.json", text: `{"shows": [],}` }])).toThrow(
      'Line 1, column 13: a comma before "}": JSON takes none after the last entry; delete it.',
    );
  });

  it("finds no slip in valid JSON, however it is spaced", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, "\t"), (value, space) => {
        expect(jsonSlip(JSON.stringify(value, null, space), "")).toBeNull();
      }),
    );
  });
});

describe("A JSON file cut short", () => {
  const DATASET = readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8");
  const CUT =
    /^The dataset is not valid JSON\. The file ends at line (\d+) before its JSON does, with (.*) still open: was it cut short, or saved before it was finished\? Get the whole file again, or finish it in an editor\.$/;

  it("a file cut short is told it ends before its JSON does, with the line and what is still open", async () => {
    const inString = `{\n  "shows": [],\n  "events": [\n    { "id": "a", "label": "Filming sta`;
    const said =
      "The dataset is not valid JSON. The file ends at line 4 before its JSON does, with a string, 2 objects and a list still open: was it cut short, or saved before it was finished? Get the whole file again, or finish it in an editor.";
    expect(() => parseDatasetText(inString)).toThrow(said);
    await expect(readJsonText(inString)).rejects.toThrow(said);
    // An editor's last line break after the cut: still cut short, not a string that runs on.
    expect(() => parseDatasetText(`${inString}\n`)).toThrow(said);
    expect(() => parseDatasetText(`{\n  "events": [\n    { "id": "a" },\n    { "id": "b", \n`)).toThrow(
      /ends at line 4 before its JSON does, with 2 objects and a list still open/,
    );
    // A word cut short is not a word without its quotes.
    expect(() => parseDatasetText(`{"events": [{"id": "a", "verified": tr`)).toThrow(
      /ends at line 1 before its JSON does, with 2 objects and a list still open/,
    );
    expect(() => parseDatasetText(inString)).not.toThrow(/Unterminated/);
  });

  it("is told wherever the bundled dataset is cut", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: DATASET.trimEnd().length - 1 }), (end) => {
        const text = DATASET.slice(0, end);
        fc.pre(text.trim() !== "");
        let message = "";
        try {
          parseDatasetText(text);
        } catch (error) {
          message = (error as Error).message;
        }
        const [, line] = CUT.exec(message) ?? [];
        expect(message).toMatch(CUT);
        expect(Number(line)).toBe(text.trimEnd().split("\n").length);
      }),
      { numRuns: 300 },
    );
  });
});
