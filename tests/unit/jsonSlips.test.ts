import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSlip } from "../../src/data/jsonSlip.ts";
import { parseDatasetText } from "../../src/data/parseDataset.ts";
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

  it("keeps the parser's own message and place, and adds nothing when the slip is not one it knows", () => {
    expect(() => parseDatasetText(`{"a":1,}`)).toThrow(
      /^The dataset is not valid JSON: .* \(line 1, column 8\)\. Line 1, column 7: a comma before "}"/,
    );
    expect(() => parseDatasetText(`{"a": "unclosed`)).toThrow(/^The dataset is not valid JSON: [^.]*\)$/);
    // Curly quotes inside a string are its text, not a slip.
    expect(() => parseDatasetText(`{"title": "“Quoted”"}`)).toThrow('The dataset has no "shows" array.');
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
