import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, uncsvCell } from "../../src/data/csvCell.ts";
import { datasetToCsv } from "../../src/model/datasetToCsv.ts";
import { dataset, event } from "./timeline/build.ts";

/** The cells as a spreadsheet set to `delimiter` would split them. */
const cells = (csv: string, delimiter: string) =>
  Papa.parse<string[]>(csv, { delimiter, skipEmptyLines: true }).data;

describe("Save CSV", () => {
  it("quotes a label holding a `;`, so a `;`-locale Excel cannot split it", () => {
    const label = "Season 2; =HYPERLINK(1)";
    const { csv } = datasetToCsv(dataset([event("daredevil-2-release", { label })]));
    expect(csv).toContain(`"${label}"`);
    expect(cells(csv, ",").at(-1)).toContain(label);
  });

  it("starts no cell with a formula character", () => {
    const { csv } = datasetToCsv(dataset([event("e", { label: "=1+2", note: "@SUM(A1)" })]));
    const row = cells(csv, ",").at(-1) ?? [];
    expect(row).toContain("'=1+2");
    expect(row).toContain("'@SUM(A1)");
    expect(row.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });
});

describe("csvCell()", () => {
  it("keeps any text one cell whichever separator the reader splits on", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.stringMatching(/^'*[=+@\t\r-]/),
          fc.stringMatching(/^'*(#N\/A|#REF!|Err:502)$/),
        ),
        fc.constantFrom(",", ";", "\t"),
        (text, delimiter) => {
          const [row] = cells(`${csvCell(text)}${delimiter}next\r\n`, delimiter);
          expect(row?.map(uncsvCell)).toEqual([text, "next"]);
        },
      ),
    );
  });

  it("escapes text that is a spreadsheet's error value, which reading would take for a formula's leftover", () => {
    expect(csvCell("#N/A")).toBe("'#N/A");
    expect(csvCell("'#REF!")).toBe("''#REF!");
    expect(uncsvCell("'#N/A")).toBe("#N/A");
    expect(csvCell("#N/A or not")).toBe("#N/A or not");
  });

  it("quotes a cell holding a separator, a quote or a newline", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("escapes a formula start, and uncsvCell() strips exactly that escape", () => {
    for (const formula of ["=1", "+1", "-1", "@A1", "\tx", "\rx"]) {
      expect(csvCell(formula).replace(/^"|"$/g, "")).toBe(`'${formula}`);
      expect(uncsvCell(`'${formula}`)).toBe(formula);
    }
    // A leading apostrophe the author typed is theirs: it stays.
    expect(uncsvCell("'tis the season")).toBe("'tis the season");
    expect(uncsvCell(csvCell("'=typed by the author"))).toBe("'=typed by the author");
  });
});
