import { describe, expect, it } from "vitest";
import { duplicateKeys } from "../../src/data/duplicateKeys.ts";
import { parseDatasetFile } from "../../src/model/parseDatasetFile.ts";

const FILE = `{
  "shows": [{ "id": "show", "title": "Show" }],
  "sources": [
    { "id": "src", "title": "An article", "publisher": "Example News", "author": null,
      "published": "2016-05-11", "url": "https://example.com/a" }
  ],
  "events": [
    {
      "id": "e1", "show": "show", "kind": "filming", "label": "Filming",
      "start": "2016-05",
      "certainty": "reported",
      "start": "2016-07",
      "citations": [{ "source": "src", "quote": "Filming starts in July.", "source": "src" }]
    }
  ]
}`;

describe("duplicateKeys(): a key given twice in one object, which JSON.parse reads as the last", () => {
  it("names each key given again, where it is and on which lines, as kept", () => {
    expect(duplicateKeys(FILE).problems).toEqual([
      {
        id: null,
        path: "events[0].start",
        reason:
          '"start" is given twice in one object (lines 10 and 12): the last is read, as JSON is; delete the one not meant',
        effect: "kept",
      },
      {
        id: null,
        path: "events[0].citations[0].source",
        reason:
          '"source" is given twice in one object (both on line 13): the last is read, as JSON is; delete the one not meant',
        effect: "kept",
      },
    ]);
  });

  it("finds none where the same key is in two objects, or nested in one", () => {
    expect(duplicateKeys('[{"id":"a","x":{"id":"b"}},{"id":"c"}]').problems).toEqual([]);
  });

  it("is said when the page opens the file, the event drawn as the last key says", () => {
    const { dataset, problems } = parseDatasetFile("mine.json", FILE);
    expect(dataset.events[0]?.start).toBe("2016-07");
    expect(problems.map((p) => p.path)).toEqual(["events[0].start", "events[0].citations[0].source"]);
  });

  it("reads a file nested deeper than the call stack goes, as JSON.parse does", () => {
    const deep = `{"a":${"[".repeat(20_000)}{"b":1,"b":2}${"]".repeat(20_000)}}`;
    expect(JSON.parse(deep)).toBeTruthy();
    const [problem] = duplicateKeys(deep).problems;
    expect(problem?.path).toBe(`a${"[0]".repeat(20_000)}.b`);
  });

  it("counts past the problems' cap", () => {
    const text = `[${Array.from({ length: 150 }, () => '{"a":1,"a":2}').join(",")}]`;
    const { problems, omitted } = duplicateKeys(text);
    expect(problems).toHaveLength(100);
    expect(omitted.map((o) => o.count)).toEqual([50]);
  });
});
