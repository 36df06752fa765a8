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
      "title = {{C:\\textbackslash{}back \\{1\\} \\textasciitilde{}5\\% \\textasciicircum{}up}}",
    );
  });

  it("writes one entry per source, with its quotes in the note and BibTeX's special characters escaped", () => {
    const text = bibtex(cited);
    expect(text.match(/^@misc\{/gm)).toHaveLength(2);
    expect(text).toContain("@misc{variety,\n  title = {{Netflix sets dates}},");
    expect(text).toContain('note = {“Season 2 is coming in 2017.” \\\\ “He said "soon" \\& \\{left\\}”}');
    expect(text).toContain("author = {{A. Writer}}");
    expect(text).toContain("url = {https://variety.example/a}");
    expect(text).toContain("date = {2016-05-11}");
  });
});
