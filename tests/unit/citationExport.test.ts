import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bibtex, cslJson, type CitedSource } from "../../src/model/citationExport.ts";
import { SOURCES } from "./timeline/build.ts";

const schema: unknown = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../schemas/csl-data.json"), "utf8"),
);
const validate = new Ajv({ strict: false }).compile(schema as object);

const cited: CitedSource[] = [
  { source: SOURCES[0]!, quotes: ["Season 2 is coming in 2017.", 'He said "soon" & {left}'] },
  { source: SOURCES[1]!, quotes: [] },
];

describe("Cite as CSL-JSON", () => {
  it("is valid against the CSL schema, with each quote in the note", () => {
    const items = JSON.parse(cslJson(cited)) as unknown;
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toEqual([
      expect.objectContaining({
        id: "variety",
        title: "Netflix sets dates",
        "container-title": "Variety",
        issued: { "date-parts": [[2016, 5, 11]] },
        URL: "https://variety.example/a",
        note: '“Season 2 is coming in 2017.”\n“He said "soon" & {left}”',
      }),
      expect.objectContaining({ id: "deadline", author: [{ literal: "A. Writer" }] }),
    ]);
    // No author named: none made up.
    expect((items as object[])[0]).not.toHaveProperty("author");
  });

  it("gives a day worked out from the page's text as the days it lies within, a range", () => {
    const worked = [{ source: { ...SOURCES[0]!, publishedWithin: "2016-05-10/2016-05-13" }, quotes: [] }];
    const [item] = JSON.parse(cslJson(worked)) as unknown[];
    expect(validate([item]), JSON.stringify(validate.errors)).toBe(true);
    expect(item).toMatchObject({
      issued: {
        "date-parts": [
          [2016, 5, 10],
          [2016, 5, 13],
        ],
      },
    });
    expect(bibtex(worked)).toContain("  date = {2016-05-10/2016-05-13},\n  year = {2016},\n  month = {05},");
  });

  it("notes a quote two citations of the source share once (a prediction, and its outcome)", () => {
    const shared = "It premieres on 30 September.";
    const [item] = JSON.parse(cslJson([{ source: SOURCES[0]!, quotes: [shared, shared] }])) as {
      note: string;
    }[];
    expect(item?.note).toBe(`“${shared}”`);
    expect(bibtex([{ source: SOURCES[0]!, quotes: [shared, "Later.", shared] }])).toContain(
      `note = {“${shared}” \\\\ “Later.”}`,
    );
  });

  it("catches a broken item: the schema test can fail", () => {
    expect(validate([{ id: "x", type: "web page", issued: { "date-parts": [["2016", 5, 11, 1]] } }])).toBe(
      false,
    );
  });
});

describe("Cite as BibTeX", () => {
  it("escapes a backslash once, and writes a tilde and a caret as characters, not accents", () => {
    const text = bibtex([{ source: { ...SOURCES[0]!, title: "C:\\back {1} ~5% ^up" }, quotes: [] }]);
    expect(text).toContain(
      "title = {{C:\\textbackslash{}back \\textbraceleft{}1\\textbraceright{} \\textasciitilde{}5\\% \\textasciicircum{}up}}",
    );
  });

  it("keeps every field's braces balanced, as BibTeX counts them, whatever braces a text holds", () => {
    const title = "Evil}, author={Injected} @misc{x, title={y";
    const text = bibtex([{ source: { ...SOURCES[0]!, title }, quotes: [] }]);
    // Every brace counted, escaped or not: the entry closes where it ends, and no field before.
    let depth = 0;
    const closes: number[] = [];
    for (const [i, c] of [...text].entries()) {
      if (c === "{") depth++;
      else if (c === "}" && --depth === 0) closes.push(i);
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(closes).toEqual([text.trimEnd().length - 1]);
    expect(text.match(/^\s+author =/m)).toBeNull();
  });

  it("writes one entry per source, with its quotes in the note and BibTeX's special characters escaped", () => {
    const text = bibtex(cited);
    expect(text.match(/^@misc\{/gm)).toHaveLength(2);
    expect(text).toContain("@misc{variety,\n  title = {{Netflix sets dates}},");
    expect(text).toContain(
      'note = {“Season 2 is coming in 2017.” \\\\ “He said "soon" \\& \\textbraceleft{}left\\textbraceright{}”}',
    );
    expect(text).toContain("author = {{A. Writer}}");
    expect(text).toContain("url = {https://variety.example/a}");
    expect(text).toContain("date = {2016-05-11}");
  });
});
