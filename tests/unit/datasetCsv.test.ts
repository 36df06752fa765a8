import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLUMNS, STRUCTURAL, fieldOf, flag, setValueAt, valueAt } from "../../src/data/csvLayout.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";
import {
  NOT_A_DAY,
  NOT_EDTF,
  datasetSchema,
  eventSchema,
  showSchema,
  sourceSchema,
  type Dataset,
} from "../../src/data/schema.ts";
import { rowsWords } from "../../src/model/csvToDataset.ts";
import { datasetToCsv } from "../../src/model/datasetToCsv.ts";
import { parseCsvDataset } from "../../src/model/parseCsvDataset.ts";
import { repeatedTitles } from "../../src/data/showTitleKey.ts";

const HEADER =
  "event id,show,season,kind,label,start,end,certainty,relations,note,source title,publisher,author,published,url,quote";
const ROW = (over: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    "event id": "",
    show: "Daredevil",
    season: "2",
    kind: "filming",
    label: "Filming",
    start: "2016-07",
    end: "",
    certainty: "reported",
    relations: "",
    note: "",
    "source title": "An article",
    publisher: "Example News",
    author: "",
    published: "2016-05-11",
    url: "https://example.com/a",
    quote: "Filming starts in July.",
    ...over,
  };
  return HEADER.split(",")
    .map((h) => cells[h] ?? "")
    .join(",");
};
/** A row that names its source by id only (the `source id` column is put first), as later rows of a source do. */
const REFERENCE = (over: Partial<Record<string, string>> = {}) =>
  ROW({ "source title": "", publisher: "", published: "", url: "", ...over });
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");
/** What every message about a day a spreadsheet rewrote ends with. */
const KEEP = "(format the column as text, so that the spreadsheet keeps it)";
/** A sheet with a `source id` column first: each row starts with its source's id. */
const csvWithSourceIds = (...rows: string[]) => [`source id,${HEADER}`, ...rows].join("\n");

describe("Opening a spreadsheet (CSV)", () => {
  it("reads a Google Sheets export: rows with the same show, season, kind and label are one event", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(ROW(), ROW({ quote: "Cameras roll in July.", url: "https://example.com/b", publisher: "Other" })),
    );
    expect(problems).toEqual([]);
    expect(dataset.shows).toEqual([{ id: "daredevil", title: "Daredevil" }]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]?.citations.map((c) => c.quote)).toEqual([
      "Filming starts in July.",
      "Cameras roll in July.",
    ]);
    expect(dataset.sources.map((s) => s.url)).toEqual(["https://example.com/a", "https://example.com/b"]);
    // The author was left blank: unknown, and the source is kept.
    expect(dataset.sources[0]).not.toHaveProperty("author");
  });

  it("reads European Excel: a BOM, CRLF, `;` separators and quoted cells with newlines and quotes", () => {
    const text =
      "\uFEFF" +
      [
        HEADER.replaceAll(",", ";"),
        'dd;Daredevil;2;filming;"Filming, at last";2016-07;;reported;;;An article;Example News;;2016-05-11;https://example.com/a;"He said ""July""; then,\r\nhe left."',
      ].join("\r\n") +
      "\r\n";
    const { dataset, problems } = parseCsvDataset(text);
    expect(problems).toEqual([]);
    expect(dataset.events[0]?.label).toBe("Filming, at last");
    expect(dataset.events[0]?.citations[0]?.quote).toBe('He said "July"; then,\r\nhe left.');
  });

  it("reads rows added in LF to a sheet in CRLF (the template, edited in a text editor), a cell's own line break kept", () => {
    const text =
      [`#title,Mine`, HEADER, ROW({ quote: '"Said,\r\nthen left."' })].join("\r\n") +
      "\r\n" +
      [ROW({ label: "Premiere", kind: "release", quote: '"On\nscreen."' }), ROW({ label: "Wrap" })].join(
        "\n",
      ) +
      "\n";
    const { dataset, problems } = parseCsvDataset(text);
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming", "Premiere", "Wrap"]);
    expect(dataset.events.map((e) => e.citations[0]?.quote)).toEqual([
      "Said,\r\nthen left.",
      "On\nscreen.",
      "Filming starts in July.",
    ]);
  });

  it("says a day of publication after today at its cell, and keeps the row", () => {
    const { dataset, problems } = parseCsvDataset(csv(ROW({ published: "2061-05-11" })));
    expect(problems.map((p) => [p.path, p.effect])).toEqual([["row 2, column published", "kept"]]);
    expect(problems[0]?.reason).toMatch(
      /^2061-05-11 is after today \(.+\): a page cannot have been published yet; check its year$/,
    );
    expect(dataset.events).toHaveLength(1);
  });

  it("reads rows ending in a lone CR (an old Mac's line break) in a sheet in CRLF, a cell's own CR kept", () => {
    const text =
      [`#title,Mine`, HEADER, ROW({ quote: '"Said,\rthen left."' })].join("\r\n") +
      "\r\n" +
      [ROW({ label: "Premiere", kind: "release" }), ROW({ label: "Wrap" })].join("\r") +
      "\r";
    const { dataset, problems } = parseCsvDataset(text);
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming", "Premiere", "Wrap"]);
    expect(dataset.events[0]?.citations[0]?.quote).toBe("Said,\rthen left.");
  });

  it("leaves out and names a quote in curly quotes split at its comma, though the header had room for the rest", () => {
    const { dataset, problems } = parseCsvDataset(
      [
        `${HEADER},citation note`,
        `${ROW()},`,
        `${ROW({ label: "Premiere", quote: "“It arrives on October 27, 2017”" })}`,
      ].join("\n"),
    );
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming"]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column quote: "“It arrives on October 27" and "2017”" look like one text split at its comma: curly quotes (“ ”) do not quote a cell; put it in straight double quotes ("…") (row left out)',
    ]);
  });

  it("reads European Excel whose #title row holds a comma: the separator is the header's, not the title's", () => {
    const text = [
      "#title;Stranger Things, and more",
      HEADER.replaceAll(",", ";"),
      ROW().replaceAll(",", ";"),
    ].join("\r\n");
    const { dataset, problems } = parseCsvDataset(text);
    expect(problems).toEqual([]);
    expect(dataset.title).toBe("Stranger Things, and more");
    expect(dataset.events).toHaveLength(1);
  });

  it("names a #title or #show row split at an unquoted separator: the cells it does not use are not lost without a word", () => {
    const { dataset, problems } = parseCsvDataset(
      [
        "#title,Marvel, Netflix and more",
        "#show,st,Stranger Things, the series,#b11313",
        HEADER,
        ROW({ show: "st" }),
      ].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: "#title" has 3 cells and uses 2: a cell with a comma in it must be in straight double quotes ("…"), or it splits (the cells after cell 2 are ignored)',
      'row 2: "#show" has 5 cells and uses 4: a cell with a comma in it must be in straight double quotes ("…"), or it splits (the cells after cell 4 are ignored)',
      "row 2, column D (the show's colour): must be a colour like #1f77b4 (ignored: the show is drawn in one of the chart's own colours)",
    ]);
    expect(problems.every((p) => p.effect === "kept")).toBe(true);
    expect(dataset.title).toBe("Marvel");
    // Quoted, the same title is read whole, and said nothing of.
    const quoted = parseCsvDataset(['#title,"Marvel, Netflix and more"', HEADER, ROW()].join("\n"));
    expect(quoted.problems).toEqual([]);
    expect(quoted.dataset.title).toBe("Marvel, Netflix and more");
  });

  it("reads the first of two #title rows, as of two columns of one name, and says the second is ignored", () => {
    const { dataset, problems } = parseCsvDataset(
      ["#title,Marvel on Netflix", "#TITLE,Something else", HEADER, ROW()].join("\n"),
    );
    expect(dataset.title).toBe("Marvel on Netflix");
    expect(problems.map((p) => [p.path, p.reason, p.effect])).toEqual([
      ["row 2", 'a second "#TITLE" row (the first, row 1, is read; this one is ignored)', "kept"],
    ]);
  });

  it("reads the separator a first line `sep=;` names, and does not count that line as a row", () => {
    const text = [
      "sep=;",
      HEADER.replaceAll(",", ";"),
      ROW({ start: "2016-07-0x" }).replaceAll(",", ";"),
    ].join("\r\n");
    const { dataset, problems } = parseCsvDataset(text);
    // Excel hides the line, so the rows are numbered as it shows them: the header is row 1, and a text
    // editor's line is said beside.
    expect(problems.map((p) => p.path)).toEqual(["row 2 (line 3), column start"]);
    expect(dataset.sources).toHaveLength(1);
  });

  it("escapes and cuts what a problem quotes from a cell: a 1 MB note that disagrees, a header hiding a U+202E", () => {
    const long = "x".repeat(1_000_000);
    const { problems } = parseCsvDataset(
      [`${HEADER},note\u202Eetaf`, `${ROW({ note: long })},`, `${ROW({ note: "Short" })},`].join("\n"),
    );
    const reasons = problems.map((p) => p.reason);
    expect(reasons).toContainEqual(
      expect.stringMatching(/^unknown column "note\\u\{202E\}etaf" \(ignored\)/),
    );
    expect(reasons).toContainEqual(
      expect.stringMatching(/^"Short" differs from row 2 \("x+…"\): an item's rows must agree \(ignored\)$/),
    );
    for (const reason of reasons) expect(reason.length).toBeLessThan(400);
  });

  it("says a column with no header is ignored where a row has something in it, and not where none has", () => {
    const { dataset, problems } = parseCsvDataset(
      [`${HEADER},,`, `${ROW()},,my note`, `${ROW()},,`].join("\n"),
    );
    const columns = HEADER.split(",").length;
    expect(problems.map((p) => [p.path, p.reason, p.effect])).toEqual([
      [
        `row 1, column ${columns + 2}`,
        'a column with no header (ignored), though row 2 has "my note" in it: name the column, or move what it holds',
        "kept",
      ],
    ]);
    expect(dataset.events).toHaveLength(1);
  });

  it.each([
    ['"sep=;"', ";"],
    ['"sep=,"', ","],
  ])("reads a sep= line written as a quoted cell, %s, as the line it is", (line, separator) => {
    const text = [line, HEADER.replaceAll(",", separator), ROW().replaceAll(",", separator)].join("\n");
    const { dataset, problems } = parseCsvDataset(text);
    expect(problems).toEqual([]);
    expect(dataset.events).toHaveLength(1);
  });

  it("reads a sheet whose sep= line names a vertical bar, |", () => {
    const text = ["sep=|", HEADER.replaceAll(",", "|"), ROW().replaceAll(",", "|")].join("\n");
    const { dataset, problems } = parseCsvDataset(text);
    expect(problems).toEqual([]);
    expect(dataset.events).toHaveLength(1);
  });

  it.each([
    ["an odd character", "sep=x", '"sep=x" names "x" as the separator'],
    ["a space", "sep= ", '"sep= " names a space as the separator'],
    ["nothing", "sep=", '"sep=" names nothing as the separator'],
    ["a word", "sep=tab", '"sep=tab" names "tab" as the separator'],
  ])(
    "names a sep= line's separator it does not read, %s, says which it takes, and reads the header's",
    (_, line, said) => {
      const { dataset, problems } = parseCsvDataset([line, HEADER, ROW()].join("\n"));
      expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
        `line 1: ${said}, which is not read: a sep= line may name a comma, semicolon, tab or vertical bar (|), ` +
          "one character (sep=;). The cells were split at the comma the header uses instead; if that is wrong, " +
          "save the sheet again with one of those, or correct the line",
      ]);
      expect(dataset.events).toHaveLength(1);
    },
  );

  it("names the empty cell of a required field at its own column: an empty show is the show's, not the label's", () => {
    const { problems } = parseCsvDataset(csv(ROW(), ROW({ show: "", label: "Orphan" })));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "row 3, column show: is required but missing",
    ]);
  });

  it("says a required column the sheet lacks once, at its header, with what it cost: not an empty cell on every row", () => {
    const without = (column: string, rows: string[]) => {
      const at = HEADER.split(",").indexOf(column);
      const drop = (line: string) =>
        line
          .split(",")
          .filter((_, i) => i !== at)
          .join(",");
      return [drop(HEADER), ...rows.map(drop)].join("\n");
    };
    const rows = [
      ROW(),
      ROW({ label: "Premiere", kind: "release", start: "2016-03-18", url: "https://example.com/b" }),
      ROW({ label: "Premiere", kind: "release", start: "2016-03-18", url: "https://example.com/b" }),
    ];
    const noTitle = parseCsvDataset(without("source title", rows));
    expect(noTitle.problems.map((p) => `${p.path}: ${p.reason} [${p.effect}]`)).toEqual([
      'row 1: no "source title" column, which every source needs: add it (2 sources left out for want of it, at rows 2–3, and so every row citing one) [left out]',
    ]);
    expect(noTitle.dataset.events).toEqual([]);
    const noCertainty = parseCsvDataset(without("certainty", rows));
    expect(noCertainty.problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: no "certainty" column, which every event needs: add it (2 events left out for want of it, at rows 2–3)',
    ]);
    // A column the sheet has, with a cell left empty, is still that cell's.
    expect(parseCsvDataset(csv(ROW({ certainty: "" }))).problems.map((p) => p.path)).toEqual([
      "row 2, column certainty",
    ]);
  });

  it("says a lacked quote column once, counting rows (a row is a quote), not events; a lacked label once, not twice", () => {
    const drop = (column: string) => (line: string) => {
      const at = HEADER.split(",").indexOf(column);
      return line
        .split(",")
        .filter((_, i) => i !== at)
        .join(",");
    };
    const rows = [ROW(), ROW({ url: "https://example.com/b" }), ROW({ label: "Wrap" })];
    const noQuote = parseCsvDataset([HEADER, ...rows].map(drop("quote")).join("\n"));
    expect(noQuote.problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: no "quote" column, which every row needs: add it (3 rows left out for want of it, at rows 2–4)',
    ]);
    const noLabel = parseCsvDataset([HEADER, ...rows].map(drop("label")).join("\n"));
    expect(noLabel.problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: no "label" column, which every event needs: add it (1 event left out for want of it, at row 2)',
    ]);
  });

  it("says to rename the column a sheet likely meant a lacked one by, not to add it, and not again as unknown", () => {
    const renamed = (from: string, to: string) =>
      parseCsvDataset(csv(ROW(), ROW({ label: "Wrap" })).replace(from, to)).problems.map(
        (p) => `${p.path}: ${p.reason}`,
      );
    expect(renamed("source title", "Title")).toEqual([
      'row 1: no "source title" column, which every source needs: rename "Title" to "source title" (1 source left out for want of it, at row 2, and so every row citing one)',
    ]);
    // A url column a "Link" likely means: the rename said with what the lack cost (with no source id
    // column, every row: no row can name its source).
    expect(renamed(",url,", ",Link,")).toEqual([
      'row 1: no "url" column: every quote needs its article\'s URL, so every row is left out; rename "Link" to "url"',
    ]);
  });

  it("says a column likely meaning two lacked ones can be either, not to rename it to both", () => {
    // "Title" likely means label or source title: a sheet lacking both is not told to rename it twice.
    const withoutLabel = (line: string) =>
      line.split(",").toSpliced(HEADER.split(",").indexOf("label"), 1).join(",");
    const sheet = csv(ROW(), ROW({ label: "Wrap" }))
      .replace("source title", "Title")
      .split("\n")
      .map(withoutLabel)
      .join("\n");
    const said = parseCsvDataset(sheet).problems.map((p) => p.reason);
    expect(said.filter((reason) => reason.startsWith("no "))).toEqual([
      'no "source title" column, which every source needs: rename "Title" to "source title" if that is what it holds, or add it ("Title" may be the "label" the sheet lacks too) (1 source left out for want of it, at row 2, and so every row citing one)',
      'no "label" column, which every event needs: rename "Title" to "label" if that is what it holds, or add it ("Title" may be the "source title" the sheet lacks too) (1 event left out for want of it, at row 2)',
    ]);
  });

  it("tells every required column a sheet without a url column lacks at once, not one each time it comes back", () => {
    const { problems } = parseCsvDataset(
      ["Title,show,kind,label,quote", "Dated,daredevil,release,Premiere,It arrives in April"].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: no "url" column: every quote needs its article\'s URL, so every row is left out',
      'row 1: no "certainty" column, which every event needs: add it',
      'row 1: no "source title" column, which every source needs: rename "Title" to "source title"',
      'row 1: no "publisher" column, which every source needs: add it',
      'row 1: no "published" column, which every source needs: add it',
    ]);
  });

  it("counts every event a lacked column cost past the problems' cap, and names the first row", () => {
    const header = HEADER.replace(",certainty", "");
    const rows = Array.from({ length: 300 }, (_, i) =>
      ROW({ label: `Event ${i}`, url: `https://example.com/${i}` }).replace(",reported", ""),
    );
    const { problems, omitted } = parseCsvDataset([header, ...rows].join("\n"));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: no "certainty" column, which every event needs: add it (300 events left out for want of it, the first at row 2)',
    ]);
    expect(omitted).toEqual([]);
    // Past the cap, sources: none of the rows citing them is told again.
    const titled = Array.from({ length: 300 }, (_, i) =>
      ROW({ label: `Event ${i}`, url: `https://example.com/${i}` }).replace(",An article", ""),
    );
    const noTitle = parseCsvDataset([HEADER.replace(",source title", ""), ...titled].join("\n"));
    expect(noTitle.problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: no "source title" column, which every source needs: add it (300 sources left out for want of it, the first at row 2, and so every row citing one)',
    ]);
    expect(noTitle.omitted).toEqual([]);
  });

  it("says what a season takes, in the sheet's words, and reads 2.0 (as a spreadsheet may format it) as 2", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ season: "2.0" }),
        ROW({ season: "1.5", label: "One" }),
        ROW({ season: "-1", label: "Two" }),
        ROW({ season: "0", label: "Three" }),
      ),
    );
    expect(dataset.events.map((e) => [e.label, e.season])).toEqual([["Filming", 2]]);
    const says = "must be a whole number of 1 or more, like 2; empty for a miniseries";
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 3, column season: ${says}`,
      `row 4, column season: ${says}`,
      `row 5, column season: ${says}`,
    ]);
  });

  it("names a column that appears twice, and reads the first, not whichever cell is filled", () => {
    const { dataset, problems } = parseCsvDataset(
      [`${HEADER},Quote`, `${ROW({ quote: "The first." })},The second.`].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason} [${p.effect}]`)).toEqual([
      `row 1, column 17: a second "quote" column (the first is column 16; this one is not read, and its cells that differ are lost: give it its own column's name, or move them) [left out]`,
    ]);
    expect(dataset.events[0]?.citations[0]?.quote).toBe("The first.");
    // A copy of the first column loses nothing: only worth checking.
    const copy = parseCsvDataset(
      [`${HEADER},Quote`, `${ROW({ quote: "The first." })},The first.`].join("\n"),
    );
    expect(copy.problems.map((p) => `${p.reason} [${p.effect}]`)).toEqual([
      `a second "quote" column (the first is column 16; this one is ignored) [kept]`,
    ]);
  });

  it("names the row whose quote never closes, which swallowed the rows after it", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(ROW(), ROW({ label: "Wrap", quote: '"Cameras stop, he said.' }), ROW({ label: "Lost" })),
    );
    // The row whose cell swallowed the rest is left out, not drawn with the next rows as its quote.
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming"]);
    expect(problems.map((p) => `${p.path}: ${p.reason}: ${p.effect}`)).toEqual([
      expect.stringMatching(
        /^row 3: a cell opens a quote \("\) that never closes.*the row is left out.*: left out$/,
      ),
    ]);
  });

  it("names the row whose quote the next row's quote closed, which read that row into its cell", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ label: "Early", quote: '"Said in May' }),
        ROW({ label: "Swallowed", quote: '"Said in June, clearly"' }),
        ROW({ label: "After" }),
      ),
    );
    // The second row is the first one's quote now: neither is drawn, and the reader is told why, and how
    // many rows went with it (no other problem names them).
    expect(dataset.events.map((e) => e.label)).toEqual(["After"]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      expect.stringMatching(
        /^row 2: a cell opens a quote \("\) that closes before the cell ends.*the row is left out, and the 1 line after it with it: close the quote/,
      ),
    ]);
  });

  it("names a row's line too where a cell spanning lines parts the rows' numbers from the file's lines", () => {
    // Row 2's stray quote swallows line 3: line 4 is the sheet's row 3, as a spreadsheet numbers it, and
    // a reader counting lines in an editor looks for line 4.
    const { problems } = parseCsvDataset(
      csv(
        ROW({ label: "Early", quote: '"Said in May' }),
        ROW({ label: "Swallowed", quote: '"Said in June, clearly"' }),
        ROW({ label: "Late", start: "BAD" }),
      ),
    );
    expect(problems.map((p) => p.path)).toEqual(["row 2", "row 3 (line 4), column start"]);
    // A quote's own line break does the same, and a place before it keeps its number alone.
    const quoted = parseCsvDataset(
      csv(
        ROW({ label: "First", start: "BAD" }),
        ROW({ label: "Broken", quote: '"One line,\nand another"' }),
        ROW({ label: "Last", start: "WORSE", url: "https://example.com/b" }),
      ),
    );
    expect(quoted.problems.map((p) => p.path)).toEqual([
      "row 2, column start",
      "row 4 (line 5), column start",
    ]);
  });

  it("names a formula's quote that a comma split off, which read on into the next row", () => {
    // Unquoted, the formula's comma splits it, and its second half opens a quote that `)` follows.
    const { problems } = parseCsvDataset(
      csv(ROW({ label: "Linked", quote: '=HYPERLINK("https://example.com/x","x")' }), ROW({ label: "Next" })),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toContainEqual(
      expect.stringMatching(/^row 2: a cell opens a quote \("\) that closes before the cell ends/),
    );
  });

  it("suggests the ISO day for a day of publication written otherwise, when it gives a whole day", () => {
    const { problems } = parseCsvDataset(
      csv(
        ROW({ published: "11 May 2016" }),
        ROW({ published: "2016/05/12", url: "https://example.com/b" }),
        ROW({ published: "May 2016", url: "https://example.com/c" }),
      ),
    );
    const published = problems.filter((p) => p.path.endsWith("column published"));
    expect(published.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      expect.stringMatching(
        /^row 2, column published: must be an ISO date like 2016-05-11; try 2016-05-11; or "unknown"/,
      ),
      expect.stringMatching(/^row 3, column published: .*; try 2016-05-12; or "unknown"/),
      // Not a whole day: no guess.
      expect.stringMatching(/^row 4, column published: must be an ISO date like 2016-05-11; or "unknown"/),
    ]);
  });

  it("says a row's source was left out for its own problem, and where that is, not that it cites an unknown source", () => {
    const { problems } = parseCsvDataset(
      csv(ROW({ published: "11/05/2016" }), ROW({ label: "Wrap", published: "", "source title": "" })),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      expect.stringMatching(/^row 2, column published: must be an ISO date/),
      // The id made of its publisher alone: not of the day refused (example-news-11-05-2016).
      'row 2, column url: cites source "example-news", which is left out for a problem of its own at row 2, column published (the event has no other citation, so it is left out)',
      'row 3, column url: cites source "example-news", which is left out for a problem of its own at row 2, column published (the event has no other citation, so it is left out)',
    ]);
  });

  it("keeps an event on its good row when another row names a source id no row gives, at that cell", () => {
    const { dataset, problems } = parseCsvDataset(
      csvWithSourceIds(`example-a,${ROW()}`, `exmaple-a,${REFERENCE({ quote: "Cameras roll in July." })}`),
    );
    expect(dataset.events.map((e) => e.citations.map((c) => c.quote))).toEqual([["Filming starts in July."]]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column source id: cites unknown source "exmaple-a"; did you mean "example-a"? (citation left out)',
    ]);
  });

  it("keeps an event on its good row when another row's source or quote is bad, naming each cell", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW(),
        ROW({ url: "https://example.com/b", published: "2016/05/11", publisher: "Other" }),
        ROW({ url: "https://example.com/c", publisher: "Third", quote: "" }),
      ),
    );
    expect(dataset.events.map((e) => e.citations.map((c) => c.quote))).toEqual([["Filming starts in July."]]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      expect.stringMatching(/^row 3, column published: must be an ISO date like 2016-05-11; try 2016-05-11/),
      expect.stringMatching(
        /^row 3, column url: cites source ".*", which is left out .*\(citation left out\)$/,
      ),
      "row 4, column quote: is required but missing (citation left out)",
    ]);
  });

  it("still leaves out an event whose every row names a missing source: nothing unsourced is drawn", () => {
    const { dataset, problems } = parseCsvDataset(csvWithSourceIds(`nowhere,${REFERENCE()}`));
    expect(dataset.events).toEqual([]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column source id: cites unknown source "nowhere" (the event has no other citation, so it is left out)',
    ]);
  });

  it("names the row and column of each wrong cell, with the likely fix, and keeps the other rows", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW(),
        ROW({ label: "Release", kind: "release", start: "spring 2017" }),
        ROW({ label: "Wrap", start: "Sept 2016" }),
        ROW({ label: "Later", certainty: "sure" }),
      ),
    );
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming"]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      expect.stringMatching(
        /^row 3, column start: is not a calendar date in EDTF.*; try 2017-21; or "unknown" /,
      ),
      expect.stringMatching(/^row 4, column start: .*; try 2016-09; or "unknown" /),
      expect.stringMatching(/^row 5, column certainty: /),
    ]);
  });

  it("says what to write for a fuzzy date cell, and when EDTF has no honest equivalent", () => {
    const { problems } = parseCsvDataset(
      csv(
        ROW({ label: "A", start: "2016-Q3" }),
        ROW({ label: "B", start: "late 2016" }),
        ROW({ label: "C", start: "2016-2017" }),
        ROW({ label: "D", start: "c. summer 2016" }),
      ),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      expect.stringMatching(/^row 2, column start: .*; try 2016-35; or "unknown" /),
      expect.stringMatching(
        /^row 3, column start: .*; EDTF has no word for "late": write 2016, .*2016-09\/2016-12 would be a guess.*; or "unknown" /,
      ),
      expect.stringMatching(
        /^row 4, column start: .*; try 2016\/2017 .*write 2016 as its start and 2017 as its end; /,
      ),
      expect.stringMatching(/^row 5, column start: .*; try 2016-06~\/2016-08~ /),
    ]);
  });

  it("names a #show row's bad colour once, and draws the show's rows in a colour of the chart's own", () => {
    const { dataset, problems } = parseCsvDataset(
      [
        "#show,dd,Daredevil,red",
        HEADER,
        ROW({ show: "dd" }),
        ROW({ show: "dd", kind: "release", label: "Premiere", start: "2016-09-30" }),
      ].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "row 1, column D (the show's colour): must be a colour like #1f77b4 (ignored: the show is drawn in one of the chart's own colours)",
    ]);
    expect(dataset.shows).toEqual([{ id: "dd", title: "Daredevil" }]);
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming", "Premiere"]);
  });

  it("reads back a day or year that a number column wrote: 42614 as 2016-09-01, 2016.0 as 2016", () => {
    const { problems } = parseCsvDataset(
      csv(
        ROW({ start: "42614", published: "42501" }),
        ROW({ label: "Later", start: "2016.0", published: "42501" }),
      ),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 2, column published: must be an ISO date like 2016-05-11: "42501" is how a spreadsheet stores a day, counted from 1900 (11 May 2016): write 2016-05-11 if that is the day ${KEEP}; or "unknown" when the page prints no date`,
      `row 2, column start: is not a calendar date in EDTF (like 2016-09-30, 2016-05~, 2016-36 or 2016-10/2016-12): "42614" is how a spreadsheet stores a day, counted from 1900 (1 September 2016): write 2016-09-01 if that is the day ${KEEP}; or "unknown" when no date is known yet`,
      `row 3, column start: is not a calendar date in EDTF (like 2016-09-30, 2016-05~, 2016-36 or 2016-10/2016-12): "2016.0" is a year a number column wrote; write 2016 ${KEEP}; or "unknown" when no date is known yet`,
    ]);
  });

  it("says what a url cell that is not a URL meant: a HYPERLINK formula's address, a link without its https://", () => {
    const reasons = (url: string) =>
      parseCsvDataset(csv(ROW({ url }))).problems.map((p) => `${p.path}: ${p.reason}`)[0];
    expect(reasons('"=HYPERLINK(""https://example.com/a"",""The article"")"')).toBe(
      "row 2, column url: must be an absolute http:// or https:// URL: a HYPERLINK formula is not its link; " +
        "write the address itself, https://example.com/a",
    );
    expect(reasons("www.example.com/a")).toBe(
      "row 2, column url: must be an absolute http:// or https:// URL: write it with its scheme, as the " +
        "browser's address bar shows it: https://www.example.com/a (or http://)",
    );
    expect(reasons("The article")).toBe("row 2, column url: must be an absolute http:// or https:// URL");
  });

  it("leaves out a row with more cells than the header, a cell split at an unquoted comma, rather than cut its quote", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW(),
        `${ROW({ label: "Cut" })}, they said`,
        ROW({ label: "Curly", quote: "x" }).replace(/,x$/, ",“Cameras roll, they said”"),
      ),
    );
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming"]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3: has 17 cells, the header 16: a cell with a comma in it must be in straight double quotes ("…"), or it splits and the cells after it move over (row left out)',
      'row 4: has 17 cells, the header 16: a cell with a comma in it must be in straight double quotes ("…"), or it splits and the cells after it move over; curly quotes (“ ”) do not quote a cell (row left out)',
    ]);
    // Empty cells past the header, as a sheet's unused columns export, are nothing.
    expect(parseCsvDataset(csv(`${ROW()},,,`)).problems).toEqual([]);
  });

  it("reads a header in any case, padded, with _ or - for a space (Event_ID, SHOW, Source-Title, URL)", () => {
    const header = HEADER.split(",")
      .map(
        (name) =>
          ({ "event id": " Event_ID ", show: "SHOW", "source title": "Source-Title", url: "URL" })[name] ??
          name,
      )
      .join(",");
    const { dataset, problems } = parseCsvDataset([header, ROW({ "event id": "dd-filming" })].join("\n"));
    expect(problems).toEqual([]);
    expect(dataset.events.map(({ id, show }) => [id, show])).toEqual([["dd-filming", "daredevil"]]);
    expect(dataset.sources.map(({ title, url }) => [title, url])).toEqual([
      ["An article", "https://example.com/a"],
    ]);
  });

  it("reads a header written without its spaces (EventID, SourceTitle, ClaimStart), as README says it is", () => {
    const header = HEADER.split(",")
      .map((name) => ({ "event id": "EventID", "source title": "SourceTitle" })[name] ?? name)
      .join(",");
    const { dataset, problems } = parseCsvDataset(
      [`${header},ClaimStart`, `${ROW({ "event id": "dd-filming" })},2016-08`].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(dataset.events.map(({ id }) => id)).toEqual(["dd-filming"]);
    expect(dataset.sources.map(({ title }) => title)).toEqual(["An article"]);
    expect(dataset.events[0]?.citations[0]?.claim?.start).toBe("2016-08");
    // No two columns are one when their spaces go.
    expect(new Set(COLUMNS.map((c) => c.header.replaceAll(" ", ""))).size).toBe(COLUMNS.length);
  });

  it("reads a header with a zero-width character, invisible, as the column it names", () => {
    const { problems } = parseCsvDataset(`\u200b${csv(ROW())}`);
    expect(problems).toEqual([]);
  });

  it("makes ids of accented names without their accents, not split at them", () => {
    const { dataset } = parseCsvDataset(csv(ROW({ show: "Pokémon", label: "Épisode", publisher: "Télé" })));
    expect(dataset.shows.map((s) => s.id)).toEqual(["pokemon"]);
    expect(dataset.events.map((e) => e.id)).toEqual(["pokemon-2-filming-episode"]);
    expect(dataset.sources.map((s) => s.id)).toEqual(["tele-2016-05-11"]);
  });

  it("says which show names it read as one, differing only in accents or capitals: each once, at its first row", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ show: "Señor Ávila", label: "Filming" }),
        ROW({ show: "Senor Avila", label: "Premiere", kind: "release" }),
        ROW({ show: "SENOR AVILA", label: "Wrap" }),
        ROW({ show: "Senor Avila", label: "Second wrap" }),
      ),
    );
    expect(dataset.shows).toEqual([{ id: "senor-avila", title: "Señor Ávila" }]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column show: "Senor Avila" is read as the show "Señor Ávila" (the same letters: one show)',
      'row 4, column show: "SENOR AVILA" is read as the show "Señor Ávila" (the same letters: one show)',
    ]);
  });

  it("shows the no-break space of a show or label that differs only by it (copied from a web page), not two names that look alike", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ show: "Luke Cage", label: "Season 2" }),
        ROW({ show: "Luke\u00a0Cage", label: "Season\u00a02" }),
      ),
    );
    // Of another event: the show's name alone is told.
    expect(
      parseCsvDataset(
        csv(ROW({ show: "Luke Cage" }), ROW({ show: "Luke\u00a0Cage", label: "Wrap" })),
      ).problems.map((p) => p.reason),
    ).toEqual(['"Luke\\u{A0}Cage" is read as the show "Luke Cage" (the same letters: one show)']);
    expect(dataset.events).toHaveLength(1);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column show: "Luke\\u{A0}Cage" differs from row 2 ("Luke Cage"): an item\'s rows must agree (ignored)',
      'row 3, column label: "Season\\u{A0}2" differs from row 2 ("Season 2"): an item\'s rows must agree (ignored)',
    ]);
  });

  it("reads a show cell typed with a no-break space as the #show row's show of that title, and says so", () => {
    const sheet = (title: string, cell: string) =>
      parseCsvDataset(`#show,lc,${title}\n${csv(ROW({ show: cell }))}`);
    for (const [title, cell] of [
      ["Luke Cage", "Luke\u00a0Cage"],
      ["Luke\u00a0Cage", "Luke Cage"],
    ] as const) {
      const { dataset, problems } = sheet(title, cell);
      expect(dataset.events.map((e) => e.show)).toEqual(["lc"]);
      // Not "no #show row names Luke Cage: add one, #show,luke-cage,Luke Cage" under that very row.
      expect(problems.map((p) => `${p.path}: ${p.reason} [${p.effect}]`)).toEqual([
        `row 3, column show: "${cell.replace("\u00a0", "\\u{A0}")}" is read as the show "${title.replace("\u00a0", "\\u{A0}")}" (the same letters: one show) [kept]`,
      ]);
    }
  });

  it("loads shows named in any script: a name with no Latin letter is show-N, by its order, past ids taken", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ show: "Сорвиголова", label: "Съёмки" }),
        ROW({ show: "Show 1", label: "Filming" }),
        ROW({ show: "夜魔侠", label: "拍摄" }),
        ROW({ show: "مسلسل الأبطال الخارقين", label: "التصوير" }),
        ROW({ show: "Сорвиголова", label: "Премьера", kind: "release" }),
      ),
    );
    expect(problems).toEqual([]);
    expect(dataset.shows.map(({ id, title }) => [id, title])).toEqual([
      ["show-2", "Сорвиголова"],
      ["show-1", "Show 1"],
      ["show-3", "夜魔侠"],
      ["show-4", "مسلسل الأبطال الخارقين"],
    ]);
    expect(dataset.events.map((e) => e.show)).toEqual(["show-2", "show-1", "show-3", "show-4", "show-2"]);
  });

  it("reads capitalised words of the vocabulary (Filming, Reported, RELEASE) as the format writes them", () => {
    const header = `${HEADER},evidence,claim certainty`;
    const { dataset, problems } = parseCsvDataset(
      [
        header,
        `${ROW({ kind: "Filming", certainty: "Reported", relations: "Before:release" })},Wiki,SPECULATIVE`,
        `${ROW({ "event id": "release", kind: "RELEASE", label: "Out", start: "2017-03-17", certainty: "Confirmed", url: "https://example.com/b" })},,`,
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(dataset.events.map(({ kind, certainty }) => [kind, certainty])).toEqual([
      ["filming", "reported"],
      ["release", "confirmed"],
    ]);
    expect(dataset.events[0]?.relations).toEqual([{ type: "before", event: "release" }]);
    expect(dataset.events[0]?.citations[0]?.claim).toEqual({ certainty: "speculative" });
    expect(dataset.sources[0]?.evidence).toBe("wiki");
  });

  it("names the words a vocabulary cell takes, what it holds, and the one probably meant", () => {
    const { problems } = parseCsvDataset(
      csv(ROW({ kind: "Filmng", certainty: "sure", relations: "afterr:other" })),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column kind: must be filming, production, release or announcement (any case is read), not "Filmng"; did you mean "filming"?',
      'row 2, column certainty: must be confirmed, reported or speculative (any case is read), not "sure"',
      'row 2, column relations: must be after, before or back-to-back (any case is read), not "afterr"; did you mean "after"?',
    ]);
  });

  it("names the one word the evidence cell takes as it names a vocabulary's words", () => {
    const { problems } = parseCsvDataset(`${HEADER},evidence\n${ROW()},blog`);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column evidence: must be wiki (any case is read), not "blog"',
      'row 2, column url: cites source "example-news-2016-05-11", which is left out for a problem of its own at row 2, column evidence (the event has no other citation, so it is left out)',
    ]);
  });

  it("says what a date Excel rewrote holds and how to write it, suggesting the day only when it is sure", () => {
    const { problems } = parseCsvDataset(
      csv(
        ROW({ start: "5/13/2016" }),
        ROW({ label: "B", start: "11.05.2016" }),
        ROW({ label: "C", start: "5/11/2016" }),
        ROW({ label: "D", published: "11/05/2016", url: "https://example.com/d" }),
      ),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 2, column start: ${NOT_EDTF}: "5/13/2016" is how a spreadsheet shows a day; write 2016-05-13 ${KEEP}; or "unknown" when no date is known yet`,
      `row 3, column start: ${NOT_EDTF}: "11.05.2016" is how a spreadsheet shows a day; write 2016-05-11 ${KEEP}; or "unknown" when no date is known yet`,
      `row 4, column start: ${NOT_EDTF}: "5/11/2016" is how a spreadsheet shows a day, but it may be 5 November or 11 May 2016: write 2016-11-05 or 2016-05-11, whichever the source means ${KEEP}; or "unknown" when no date is known yet`,
      `row 5, column published: ${NOT_A_DAY}: "11/05/2016" is how a spreadsheet shows a day, but it may be 11 May or 5 November 2016: write 2016-05-11 or 2016-11-05, whichever the source means ${KEEP}; or "unknown" when the page prints no date`,
      expect.stringMatching(/^row 5, column url: cites source ".*", which is left out/),
    ]);
  });

  it("says what a date with a two-digit year holds, which century it took and the other one, never writing either", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ start: "5/13/16" }),
        ROW({ label: "B", start: "13.05.16" }),
        ROW({ label: "C", start: "5/11/16" }),
        ROW({ label: "D", published: "1/2/99", url: "https://example.com/d" }),
      ),
    );
    const excel = "as Excel does (00–29 as 20xx, 30–99 as 19xx)";
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 2, column start: ${NOT_EDTF}: "5/13/16" is how a spreadsheet shows a day; write 2016-05-13, taking 16 as 2016 ${excel}: write 1916 instead if the source means it ${KEEP}; or "unknown" when no date is known yet`,
      `row 3, column start: ${NOT_EDTF}: "13.05.16" is how a spreadsheet shows a day; write 2016-05-13, taking 16 as 2016 ${excel}: write 1916 instead if the source means it ${KEEP}; or "unknown" when no date is known yet`,
      `row 4, column start: ${NOT_EDTF}: "5/11/16" is how a spreadsheet shows a day, but it may be 5 November or 11 May 2016: write 2016-11-05 or 2016-05-11, whichever the source means, taking 16 as 2016 ${excel}: write 1916 instead if the source means it ${KEEP}; or "unknown" when no date is known yet`,
      `row 5, column published: ${NOT_A_DAY}: "1/2/99" is how a spreadsheet shows a day, but it may be 1 February or 2 January 1999: write 1999-02-01 or 1999-01-02, whichever the source means, taking 99 as 1999 ${excel}: write 2099 instead if the source means it ${KEEP}; or "unknown" when the page prints no date`,
      expect.stringMatching(/^row 5, column url: cites source ".*", which is left out/),
    ]);
    // Nothing was written for the reader: the rows are left out until the cell says the day.
    expect(dataset.events).toEqual([]);
  });

  it("names a formula's leftover (#REF!, #N/A, Err:502) and leaves its row out, rather than showing it as data", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ author: "#N/A" }),
        ROW({ label: "B", end: "#REF!", url: "https://example.com/b" }),
        ROW({ label: "C", publisher: "Err:502", url: "https://example.com/c" }),
        ROW({ label: "D", url: "https://example.com/d" }),
      ),
    );
    const failed =
      "is a spreadsheet's error (a formula that failed, or one whose cells were deleted), not a value: write the value itself (row left out)";
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 2, column author: "#N/A" ${failed}`,
      `row 3, column end: "#REF!" ${failed}`,
      `row 4, column publisher: "Err:502" ${failed}`,
    ]);
    expect(dataset.events.map((e) => e.label)).toEqual(["D"]);
  });

  it("reads an author who really wrote #N/A, as Save CSV escapes it, as that text", () => {
    const { dataset, problems } = parseCsvDataset(csv(ROW({ author: "'#N/A" })));
    expect(problems).toEqual([]);
    expect(dataset.sources[0]?.author).toBe("#N/A");
  });

  it("says how long a cell over its limit is (a whole article pasted as the quote), not just that it is too big", () => {
    const { problems } = parseCsvDataset(csv(ROW({ quote: "word ".repeat(2000).trim() })));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toContain(
      "row 2, column quote: is 9,999 characters long; at most 5,000 are allowed (the event has no other citation, so it is left out)",
    );
  });

  it("finds the header under a title typed above it without its # (a merged cell's leftover), naming that row", () => {
    const { dataset, problems } = parseCsvDataset(["My timeline,,,", ",,,", HEADER, ROW()].join("\n"));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'rows 1–2: above the header (row 3) and not a dataset row (ignored): a title goes in a row "#title,<the title>"',
    ]);
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming"]);
  });

  it("finds a semicolon header under a title typed alone in A1, the title's line having no separator", () => {
    const { dataset, problems } = parseCsvDataset(
      ["My timeline of shows", HEADER.replaceAll(",", ";"), ROW().replaceAll(",", ";")].join("\r\n"),
    );
    expect(problems.map((p) => p.path)).toEqual(["row 1"]);
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming"]);
  });

  it("names the id an id typed as words could be, to write wherever it is named", () => {
    const { problems } = parseCsvDataset(csv(ROW({ "event id": "Daredevil 2 Filming" })));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column event id: ids are lower-case words joined by hyphens, like luke-cage-1-release: "Daredevil 2 Filming" could be daredevil-2-filming (write it so here and wherever the id is named)',
    ]);
  });

  it("names a relation's id typed as words once, with the id it could be, not once per word", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ "event id": "dd-2-filming" }),
        ROW({ "event id": "dd-2-release", kind: "release", label: "B", relations: "after:dd 2 filming" }),
        ROW({ "event id": "dd-2-later", label: "C", relations: "after: dd-2-filming" }),
        ROW({ "event id": "dd-2-last", label: "D", relations: "After dd-2-filming" }),
      ),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column relations: ids are lower-case words joined by hyphens, like luke-cage-1-release: "dd 2 filming" could be dd-2-filming (write it so here and wherever the id is named) (relation left out)',
    ]);
    // The row's event stays, without the relation it could not read.
    expect(dataset.events.find((e) => e.id === "dd-2-release")?.relations).toBeUndefined();
    // A space after the colon is only spacing: the relation stands.
    expect(dataset.events.find((e) => e.id === "dd-2-later")?.relations).toEqual([
      { type: "after", event: "dd-2-filming" },
    ]);
    // So is a space instead of the colon: the type, then its id.
    expect(dataset.events.find((e) => e.id === "dd-2-last")?.relations).toEqual([
      { type: "after", event: "dd-2-filming" },
    ]);
  });

  it("reads a relation typed by hand: spaces about its colon, back to back in words or with _", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ "event id": "first" }),
        ROW({ "event id": "spaced", label: "B", relations: "After : first" }),
        ROW({ "event id": "words", label: "C", relations: "back to back:first" }),
        ROW({ "event id": "under", label: "D", relations: "Back_To_Back :first" }),
      ),
    );
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.relations?.map((r) => `${r.type}:${r.event}`).join(" "))).toEqual([
      undefined,
      "after:first",
      "back-to-back:first",
      "back-to-back:first",
    ]);
  });

  it("gives a relation naming its event by label that event's id, with its show's name or without", () => {
    const said = (relations: string) =>
      parseCsvDataset(
        csv(
          ROW({ "event id": "dd-s2-out", kind: "release", label: "S2 out" }),
          ROW({ "event id": "dd-s3-films", label: "S3 films", relations }),
        ),
      ).problems.map((p) => p.reason);
    const id = "write its id, dd-s2-out (relation left out)";
    expect(said("after:S2 out")).toEqual([
      expect.stringMatching(/: "S2 out" is the label of event dd-s2-out; /),
    ]);
    expect(said("after:Daredevil S2 out")).toEqual([expect.stringContaining(id)]);
    // Words no label reads as: the id the words could be, as before.
    expect(said("after:S9 out")).toEqual([expect.stringContaining('"S9 out" could be s9-out')]);
  });

  it("says once that a sheet has no url column, not again on every row, and names the column a header with a word more is", () => {
    const rows = Array.from(
      { length: 3 },
      (_, n) => `Daredevil,filming,E${n},2016-07,reported,https://example.com/a,Q`,
    );
    const { problems } = parseCsvDataset(
      ["show,kind,label,start date,claim start date,source url,quote", ...rows].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 1: no "url" column: every quote needs its article\'s URL, so every row is left out; rename "source url" to "url"',
      'row 1: no "certainty" column, which every event needs: add it',
      'row 1: no "source title" column, which every source needs: add it',
      'row 1: no "publisher" column, which every source needs: add it',
      'row 1: no "published" column, which every source needs: add it',
      'row 1, column 4: unknown column "start date" (its cells are not read); did you mean "start"? Rename the column to read its cells.',
      'row 1, column 5: unknown column "claim start date" (its cells are not read); did you mean "claim start"? Rename the column to read its cells.',
    ]);
  });

  it("suggests a column by what a header means before by its spelling: Link is the url, not the kind", () => {
    const { problems } = parseCsvDataset(
      [
        "Show,Type,Event,Start,Confidence,Headline,Outlet,Writer,Publication date,Link,Quotation,Date,Title",
        "Daredevil,filming,Films,2016-07,reported,T,P,,2016-05-11,https://example.com/a,Q,2016,T",
      ].join("\n"),
    );
    // Each header said once: a lacked column's rename, else the unknown column with what it may be.
    expect(problems.map((p) => p.reason)).toEqual([
      'no "url" column: every quote needs its article\'s URL, so every row is left out; rename "Link" to "url"',
      'no "kind" column, which every event needs: rename "Type" to "kind"',
      'no "label" column, which every event needs: rename "Event" to "label"',
      'no "certainty" column, which every event needs: rename "Confidence" to "certainty"',
      'no "source title" column, which every source needs: rename "Headline" to "source title"',
      'no "publisher" column, which every source needs: rename "Outlet" to "publisher"',
      'no "published" column, which every source needs: rename "Publication date" to "published"',
      'no "quote" column, which every row needs: rename "Quotation" to "quote"',
      'unknown column "Writer" (its cells are not read); did you mean "author"? Rename the column to read its cells.',
      'unknown column "Date" (its cells are not read); did you mean "start" or "published"? Rename the column to read its cells.',
      'unknown column "Title" (its cells are not read); did you mean "label" or "source title"? Rename the column to read its cells.',
    ]);
    for (const header of ["URL link", "Href", "Source link", "Web address", "Source_Link"]) {
      const [problem] = parseCsvDataset(`show,${header}\nDaredevil,x`).problems;
      expect(problem?.reason, header).toMatch(/; rename "[^"]+" to "url"$/);
    }
  });

  it("says a misnamed column once, as the lacked column to rename it to, and blames no row for the columns its header lacks", () => {
    const header =
      "Event ID,Show name,Season #,Type,Event,Start date,Confidence,Article title,Outlet,Date published,Link,Quote (verbatim)";
    const rows = [
      ",Stranger Things,2,filming,S2 filming,2016-11,reported,ST2 filming,Variety,2016-05-02,https://variety.com/st2,Filming begins.",
      ",Stranger Things,2,release,S2 out,2017-10-27,confirmed,ST2 date,Variety,2017-01-05,https://variety.com/st2-date,It premieres.",
    ];
    const said = (sheet: string) => parseCsvDataset(sheet).problems.map((p) => `${p.path}: ${p.reason}`);
    const noUrl = said([header, ...rows].join("\n"));
    expect(noUrl).toEqual([
      'row 1: no "url" column: every quote needs its article\'s URL, so every row is left out; rename "Link" to "url"',
      'row 1: no "show" column, which every event needs: rename "Show name" to "show"',
      'row 1: no "kind" column, which every event needs: rename "Type" to "kind"',
      'row 1: no "label" column, which every event needs: rename "Event" to "label"',
      'row 1: no "certainty" column, which every event needs: rename "Confidence" to "certainty"',
      'row 1: no "source title" column, which every source needs: rename "Article title" to "source title"',
      'row 1: no "publisher" column, which every source needs: rename "Outlet" to "publisher"',
      'row 1: no "published" column, which every source needs: rename "Date published" to "published"',
      'row 1: no "quote" column, which every row needs: rename "Quote (verbatim)" to "quote"',
      'row 1, column 3: unknown column "Season #" (its cells are not read); did you mean "season"? Rename the column to read its cells.',
      'row 1, column 6: unknown column "Start date" (its cells are not read); did you mean "start"? Rename the column to read its cells.',
    ]);
    // With its url column: the lacked columns said after the check, with the rows they cost; no row is told
    // it names no event, which only the columns' names kept it from doing.
    const withUrl = said([header.replace(",Link,", ",url,"), ...rows].join("\n"));
    expect(withUrl.filter((line) => / names no event|"(Show name|Type|Event)"/.test(line))).toEqual([
      'row 1: no "show" column, which every event needs: rename "Show name" to "show" (2 events left out for want of it, at rows 2–3)',
      'row 1: no "kind" column, which every event needs: rename "Type" to "kind" (2 events left out for want of it, at rows 2–3)',
      'row 1: no "label" column, which every event needs: rename "Event" to "label" (2 events left out for want of it, at rows 2–3)',
    ]);
  });

  it("says a row whose outcome or claim is refused is left out as a citation, its event kept on its other rows", () => {
    const { dataset, problems } = parseCsvDataset(
      [
        `${HEADER},claim start,outcome`,
        `${ROW({ "event id": "dd" })},,`,
        `${ROW({ "event id": "dd", url: "https://example.com/b" })},2016-07,yes!`,
        `${ROW({ "event id": "dd", url: "https://example.com/c" })},2016-13,`,
      ].join("\n"),
    );
    expect(dataset.events.map((e) => e.citations.length)).toEqual([1]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column outcome: must be yes when the row reports what actually happened, or empty (or no) when it does not, not "yes!" (citation left out)',
      expect.stringMatching(
        /^row 4, column claim start: is not a calendar date in EDTF .*; or "unknown" when the source gave no date \(citation left out\)$/,
      ),
    ]);
  });

  it("tells a season written S2, Season 2, 2nd or II to write 2, and Limited to be left empty, and makes no id of it", () => {
    const { problems } = parseCsvDataset(
      csv(
        ...["S2", "Season 2", "2nd", "II", "Limited"].map((season, n) =>
          ROW({ season, label: `L${n}`, url: `https://example.com/${n}` }),
        ),
      ),
    );
    expect(problems.map((p) => `${p.path} (${p.id}): ${p.reason}`)).toEqual([
      'row 2, column season (daredevil-filming-l0): must be a whole number of 1 or more, not "S2": write 2',
      'row 3, column season (daredevil-filming-l1): must be a whole number of 1 or more, not "Season 2": write 2',
      'row 4, column season (daredevil-filming-l2): must be a whole number of 1 or more, not "2nd": write 2',
      'row 5, column season (daredevil-filming-l3): must be a whole number of 1 or more, not "II": write 2',
      'row 6, column season (daredevil-filming-l4): must be a whole number of 1 or more, not "Limited": leave it empty for a miniseries',
    ]);
  });

  it("tells a show cell naming a #show row put below the header to move that row above it, not to add one", () => {
    const { problems } = parseCsvDataset(
      [
        "#show,daredevil,Daredevil,",
        HEADER,
        ROW(),
        "#show,stranger-things,Stranger Things,#ff0000",
        ROW({ show: "stranger-things", label: "Out", url: "https://example.com/b" }),
        ROW({ show: "Stranger Things", label: "Wrap", url: "https://example.com/c" }),
      ].join("\n"),
    );
    const move =
      'no #show row above the header names "%": row 4 does, but below the header, where it is ignored: move row 4 above the header';
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 4: a "#show" row below the header: dataset rows go above it (ignored)',
      `row 5, column show: ${move.replace("%", "stranger-things")}`,
      `row 6, column show: ${move.replace("%", "Stranger Things")}`,
    ]);
  });

  it("says a column that likely means one the sheet lacks as left out, and one it has as ignored", () => {
    // "Date" with no start column: every event would be drawn undated while the page said nothing was lost.
    const { dataset, problems } = parseCsvDataset([HEADER.replace(",start,", ",Date,"), ROW()].join("\n"));
    expect(dataset.events[0]?.start).toBeUndefined();
    expect(problems.map((p) => [p.path, p.reason, p.effect])).toContainEqual([
      "row 1, column 6",
      'unknown column "Date" (its cells are not read); did you mean "start" or "published"? Rename the column to read its cells.',
      "left out",
    ]);
    const kept = parseCsvDataset(`${HEADER},Notes\n${ROW()},x`).problems;
    expect(kept.map((p) => [p.reason, p.effect])).toEqual([
      ['unknown column "Notes" (ignored); did you mean "note"?', "kept"],
    ]);
  });

  it("says where a source's article goes when the sheet names sources by id but has no url column (a workbook's sources sheet left behind)", () => {
    const { problems } = parseCsvDataset(
      [
        "source id,show,kind,label,start,certainty,quote",
        "times-1,Daredevil,filming,Filming,2016-07,reported,In July.",
      ].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toContain(
      "row 1: no \"url\" column: a source's article (url, source title, publisher, published) goes on a row of its source id in this sheet; a CSV holds one sheet, not a workbook's sources sheet",
    );
  });

  it("names a #title row put below the header, and the header repeated (sheets pasted together), rather than reading them as data", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(ROW(), "#title,Late title", HEADER, ROW({ label: "B", url: "https://example.com/b" })),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3: a "#title" row below the header: dataset rows go above it (ignored)',
      "row 4: repeats the header (ignored)",
    ]);
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming", "B"]);
  });

  it("says what a month Excel rewrote (Sep-16) and a date cell with its midnight time hold, and what to write", () => {
    const { problems } = parseCsvDataset(
      csv(ROW({ start: "Sep-16" }), ROW({ label: "B", start: "2016-09-30 00:00:00" })),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 2, column start: ${NOT_EDTF}: "Sep-16" is how a spreadsheet shows a month typed as 2016-09; write 2016-09, taking 16 as 2016 as Excel does (00–29 as 20xx, 30–99 as 19xx): write 1916 instead if the source means it ${KEEP}; or "unknown" when no date is known yet`,
      `row 3, column start: ${NOT_EDTF}: "2016-09-30 00:00:00" is how a spreadsheet shows a day; write 2016-09-30 ${KEEP}; or "unknown" when no date is known yet`,
    ]);
  });

  it("says what a day typed without its year (16-Sep) holds and to write it with its year, never guessing one", () => {
    const { problems } = parseCsvDataset(
      csv(
        ROW({ start: "16-Sep" }),
        ROW({ label: "B", start: "16-Sep-16" }),
        ROW({ label: "C", start: "9/16/2016 12:00:00 AM" }),
        ROW({ label: "D", start: "31-Sep" }),
      ),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 2, column start: ${NOT_EDTF}: "16-Sep" is how a spreadsheet shows a day typed without its year (16 September; it took a year the cell does not show): write it with the source's year, as YYYY-09-16 ${KEEP}; or "unknown" when no date is known yet`,
      `row 3, column start: ${NOT_EDTF}: "16-Sep-16" is how a spreadsheet shows a day; write 2016-09-16, taking 16 as 2016 as Excel does (00–29 as 20xx, 30–99 as 19xx): write 1916 instead if the source means it ${KEEP}; or "unknown" when no date is known yet`,
      `row 4, column start: ${NOT_EDTF}: "9/16/2016 12:00:00 AM" is how a spreadsheet shows a day; write 2016-09-16 ${KEEP}; or "unknown" when no date is known yet`,
      // No such day: nothing is read into it.
      `row 5, column start: ${NOT_EDTF}; or "unknown" when no date is known yet`,
    ]);
  });

  it("reads an outcome column of TRUE and FALSE (a spreadsheet's checkboxes), and says what one takes", () => {
    const { dataset, problems } = parseCsvDataset(
      [
        `${HEADER},outcome,claim start`,
        `${ROW()},FALSE,`,
        `${ROW({ label: "B", start: "2016-05", url: "https://example.com/b" })},TRUE,2016-05-20`,
        `${ROW({ label: "C" })},maybe,`,
      ].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 4, column outcome: must be yes when the row reports what actually happened, or empty (or no) when it does not, not "maybe" (the event has no other citation, so it is left out)',
    ]);
    expect(dataset.events.map((e) => [e.label, e.citations[0]?.outcome])).toEqual([
      ["Filming", undefined],
      ["B", true],
    ]);
  });

  it("says that a date cell may also say unknown, for every date column, and keeps the row that does", () => {
    const header = `${HEADER},claim start,claim end`;
    // Each row its own article and event.
    const row = (over: Partial<Record<string, string>>, claim: string) =>
      `${ROW({ url: `https://example.com/${over["label"]}`, ...over })},${claim}`;
    const { dataset, problems } = parseCsvDataset(
      [
        header,
        row({ label: "A", published: "May 2016" }, ","),
        row({ label: "B", end: "later" }, ","),
        row({ label: "C" }, "soon,"),
        row({ label: "D" }, ",someday"),
        row({ label: "E", published: "unknown", start: "Unknown" }, "unknown,"),
      ].join("\n"),
    );
    // The wrong cells' own problems (their rows then lack a source or a citation, said separately).
    const dateColumns = /, column (start|end|published|claim start|claim end)$/;
    expect(problems.filter((p) => dateColumns.test(p.path)).map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column published: must be an ISO date like 2016-05-11; or "unknown" when the page prints no date',
      expect.stringMatching(
        /^row 3, column end: is not a calendar date in EDTF .*\); or "unknown" when no end is known yet$/,
      ),
      expect.stringMatching(
        /^row 4, column claim start: .*; or "unknown" when the source gave no date \(the event has no other citation, so it is left out\)$/,
      ),
      expect.stringMatching(
        /^row 5, column claim end: .*; or "unknown" when the source gave no end \(the event has no other citation, so it is left out\)$/,
      ),
    ]);
    const e = dataset.events.find((event) => event.label === "E");
    expect(e?.start).toBeNull();
    expect(e?.citations[0]?.claim?.start).toBeNull();
    expect(dataset.sources.some((source) => source.published === null)).toBe(true);
  });

  it("says unknown only of a cell that is not a date, not of a date in the wrong place", () => {
    const { problems } = parseCsvDataset(csv(ROW({ start: "2016-09", end: "2016-07" })));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "row 2, column end: ends (2016-07) before it starts (2016-09)",
    ]);
  });

  it("names a near-miss show id when the shows are declared in #show rows", () => {
    const { problems } = parseCsvDataset(
      ["#show,daredevil,Daredevil,", HEADER, ROW({ show: "daredevl" })].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column show: unknown show "daredevl"; did you mean "daredevil"? For a new show, add a row above the header: #show,daredevl,daredevl',
    ]);
  });

  it("says an empty published cell may be unknown, and an address with spaces in it writes them as %20", () => {
    const { problems } = parseCsvDataset(
      csv(ROW({ published: "" }), ROW({ label: "Wrap", url: "https://example.com/a wrap story" })),
    );
    const said = problems.map((p) => `${p.path}: ${p.reason}`);
    expect(said).toContainEqual(
      'row 2, column published: is required but missing: write its date, or "unknown" when the page prints no date',
    );
    expect(said).toContainEqual(
      "row 3, column url: must be an absolute http:// or https:// URL: a URL has no spaces; write each as %20 (https://example.com/a%20wrap%20story), or check the address",
    );
  });

  it("says once what a row left blank under the row it continues lacks, not each required cell", () => {
    const blank = ROW({
      show: "",
      kind: "",
      label: "",
      certainty: "",
      quote: "Wrapped.",
      url: "https://example.com/b",
    });
    const { dataset, problems } = parseCsvDataset(csv(ROW(), blank));
    expect(dataset.events[0]?.citations).toHaveLength(1);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "row 3: names no event: a second quote of an event gives the event's id in the event id column, or repeats its show, season, kind and label (row left out)",
    ]);
  });

  it("says a show no #show row names needs a row of its own, whether typed as a title or as an id", () => {
    for (const show of ["Stranger Things", "stranger-things"]) {
      const { problems } = parseCsvDataset(["#show,daredevil,Daredevil,", HEADER, ROW({ show })].join("\n"));
      expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
        `row 3, column show: no #show row above the header names "${show}" (by its id or its title): add one, #show,stranger-things,${show}`,
      ]);
    }
  });

  it("names an unknown column and a row that disagrees with its event's first row on a note", () => {
    const { dataset, problems } = parseCsvDataset(
      `${HEADER},colour\n${ROW({ "event id": "dd", note: "First" })},red\n${ROW({ "event id": "dd", note: "Later" })},`,
    );
    expect(dataset.events[0]?.note).toBe("First");
    expect(dataset.events[0]?.citations).toHaveLength(2);
    expect(problems.map((p) => p.path)).toEqual(["row 1, column 17", "row 3, column note"]);
    // Both rows are drawn: each problem is said as kept, not as something left out.
    expect(problems.map((p) => p.effect)).toEqual(["kept", "kept"]);
  });

  it("leaves out a row that gives an event's id to another event, its quote not filed under the first", () => {
    // A copied row whose id was not changed: another show, label and day under the id of the first.
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ "event id": "s2", show: "Stranger Things", label: "Season 2 premieres", start: "2017-10-27" }),
        ROW({
          "event id": "s2",
          show: "The Crown",
          label: "Season 2 premieres",
          start: "2017-12-08",
          url: "https://example.com/crown",
          quote: "The Crown returns December 8.",
        }),
      ),
    );
    expect(dataset.events.map((e) => [e.id, e.start, e.citations.map((c) => c.quote)])).toEqual([
      ["s2", "2017-10-27", ["Filming starts in July."]],
    ]);
    expect(problems.map((p) => `${p.path}: ${p.reason} [${p.effect}]`)).toEqual([
      'row 3, column show: "The Crown" differs from row 2 ("Stranger Things"): an item\'s rows must agree; if this row is of another event, give it an id of its own (row left out) [left out]',
      'row 3, column start: "2017-12-08" differs from row 2 ("2017-10-27"): an item\'s rows must agree; a source\'s own date for the event goes in claim start, and if this row is of another event, give it an id of its own (row left out) [left out]',
    ]);
  });

  it("leaves out a row that gives an article's id to another article, its quote not credited to the first", () => {
    const { dataset, problems } = parseCsvDataset(
      csvWithSourceIds(
        `variety-1,${ROW()}`,
        `variety-1,${ROW({ label: "Wrap", url: "https://example.com/other", published: "2017-01-01", quote: "Wrapped." })}`,
      ),
    );
    expect(dataset.events.map((e) => e.label)).toEqual(["Filming"]);
    expect(dataset.sources.map((s) => s.url)).toEqual(["https://example.com/a"]);
    expect(problems.map((p) => [p.path, p.effect])).toEqual([
      ["row 3, column published", "left out"],
      ["row 3, column url", "left out"],
    ]);
    // A URL is no name: another path in other capitals is another article, not the same one typed again.
    const cased = parseCsvDataset(
      csvWithSourceIds(
        `variety-1,${ROW()}`,
        `variety-1,${ROW({ label: "Wrap", url: "https://example.com/A" })}`,
      ),
    );
    expect(cased.problems.map((p) => [p.path, p.effect])).toEqual([["row 3, column url", "left out"]]);
  });

  it("reads a show or label typed in other capitals or spacing as the same event, and says so", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ show: "Stranger Things", label: "Season 2 premieres" }),
        ROW({ show: "stranger things", label: "Season 2  Premieres", url: "https://example.com/b" }),
      ),
    );
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]?.citations).toHaveLength(2);
    expect(dataset.shows.map((s) => s.title)).toEqual(["Stranger Things"]);
    expect(problems.map((p) => [p.path, p.effect])).toEqual([
      ["row 3, column show", "kept"],
      ["row 3, column label", "kept"],
    ]);
  });

  it("says a row left out as left out, and a show row below the header too, but the header again as kept", () => {
    const { problems } = parseCsvDataset(
      csv(ROW(), ROW({ label: "Wrap", start: "#REF!" }), HEADER, "#show,punisher,The Punisher,"),
    );
    expect(problems.map((p) => [p.path, p.effect])).toEqual([
      ["row 4", "kept"],
      ["row 5", "left out"],
      ["row 3, column start", "left out"],
    ]);
  });

  it("lists the problems in row order, whichever check found them", () => {
    const { problems } = parseCsvDataset(
      csv(
        ROW({ "event id": "dd" }),
        ROW({ "event id": "other", label: "Later", certainty: "sure" }),
        ROW({ "event id": "dd", start: "2016-08" }),
      ),
    );
    expect(problems.map((p) => p.path)).toEqual(["row 3, column certainty", "row 4, column start"]);
  });

  it("strips exactly the formula escape Save CSV adds", () => {
    const dataset: Dataset = {
      title: "=cmd|' /C calc'!A0",
      shows: [{ id: "show", title: "+Show" }],
      sources: [
        {
          id: "s",
          title: "@A1",
          publisher: "-Pub",
          author: "'=me",
          published: "2016-05-11",
          url: "https://e.com/",
        },
      ],
      events: [
        {
          id: "e",
          show: "show",
          kind: "release",
          label: "=1+2",
          certainty: "reported",
          citations: [{ source: "s", quote: "-2" }],
        },
      ],
    };
    const written = datasetToCsv(dataset).csv;
    expect(written).not.toMatch(/(^|[,\n])"?[=+\-@]/);
    expect(parseCsvDataset(written).dataset).toEqual(dataset);
  });

  it("names what the layout cannot carry instead of dropping it", () => {
    const extra = {
      shows: [{ id: "show", title: "Show" }],
      sources: [
        { id: "s", title: "T", publisher: "P", published: "2016-05-11", url: "https://e.com/", rank: 1 },
      ],
      events: [],
    } as unknown as Dataset;
    expect(datasetToCsv(extra).lost).toEqual([
      "sources[0].rank has no column in the CSV layout",
      "sources[0] (s) is cited by no event, so it has no row",
    ]);
  });
});

// --- Round trip, generated from the schema's own fields ---------------------------------------------

const CHARS = ["a", "Z", "é", "×", " ", ",", ";", '"', "'", "=", "+", "-", "@", "#", ":", "\n", "\t"];
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join("").trim())
  .filter((s) => s !== "");
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

interface Context {
  readonly index: number;
  readonly showIds: readonly string[];
  readonly sourceIds: readonly string[];
  readonly eventCount: number;
}
type Fields = Record<string, (context: Context) => fc.Arbitrary<unknown>>;

/** One generator per field of the format. A field with none fails the test: map it in csvLayout.ts. */
const FIELDS: Record<"show" | "source" | "event" | "citation", Fields> = {
  show: {
    id: ({ index }) => fc.constant(`show-${index}`),
    title: () => text,
    color: () => optional(fc.constantFrom("#1f77b4", "#AABBCC")),
  },
  source: {
    id: ({ index }) => fc.constant(`source-${index}`),
    title: () => text,
    publisher: () => text,
    author: () => fc.option(text, { nil: null }),
    published: () => fc.constantFrom("2016-05-11", "2015-12-31", null),
    // Both published days are in it; a page of no date has none (record() leaves it out).
    publishedWithin: () => optional(fc.constant("2015-12-31/2016-05-11")),
    url: ({ index }) =>
      fc.constantFrom(`https://example.com/${index}`, `https://example.com/a?b=${index};c,d`),
    evidence: () => optional(fc.constant("wiki")),
  },
  event: {
    id: ({ index }) => fc.constant(`event-${index}`),
    show: ({ showIds }) => fc.constantFrom(...showIds),
    season: () => optional(fc.integer({ min: 1, max: 20 })),
    kind: () => fc.constantFrom("filming", "production", "release", "announcement"),
    label: () => text,
    start: () =>
      fc.option(fc.constantFrom("2016", "2016-05", "2016-05-11", "2016-05~", "2015-23", "../2016-01"), {
        nil: null,
      }),
    end: () => optional(fc.constantFrom("2017-03", "2017-36", "2018?")),
    certainty: () => fc.constantFrom("confirmed", "reported", "speculative"),
    relations: ({ index, eventCount }) =>
      eventCount < 2
        ? fc.constant(undefined)
        : optional(
            // Each order once: one given twice is refused as a repeat.
            fc.uniqueArray(
              fc.record({
                type: fc.constantFrom("after", "before", "back-to-back"),
                // Any other event: never itself.
                event: fc.nat(eventCount - 2).map((i) => `event-${(index + 1 + i) % eventCount}`),
              }),
              { maxLength: 2, selector: ({ type, event }) => `${type}:${event}` },
            ),
          ),
    citations: (context) =>
      fc.array(record("citation", citationShape, context), { minLength: 1, maxLength: 3 }),
    note: () => optional(text),
  },
  citation: {
    source: ({ sourceIds }) => fc.constantFrom(...sourceIds),
    quote: () => text,
    claim: ({ index, eventCount }) =>
      optional(
        fc
          .record({
            start: fc.constantFrom("2016", "2016-05~", "2017-21", null),
            certainty: optional(fc.constantFrom("confirmed", "reported", "speculative")),
            // Another event: a claim's relation to its own event is refused, as the event's own is.
            relations:
              eventCount < 2
                ? fc.constant(undefined)
                : optional(
                    fc.uniqueArray(
                      fc.record({
                        type: fc.constantFrom("after", "before"),
                        event: fc.constant(`event-${(index + 1) % eventCount}`),
                      }),
                      { minLength: 1, maxLength: 2, selector: ({ type }) => type },
                    ),
                  ),
          })
          .map((claim) => Object.fromEntries(Object.entries(claim).filter(([, v]) => v !== undefined))),
      ),
    outcome: () => optional(fc.constant(true)),
    note: () => optional(text),
  },
};

const citationShape = eventSchema.shape.citations.def.element.shape;

function record(
  level: keyof typeof FIELDS,
  shape: object,
  context: Context,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(shape).map((key) => {
    const field = FIELDS[level][key];
    if (!field)
      throw new Error(`${level}.${key} has no generator: map it in src/data/csvLayout.ts, then here`);
    return [key, field(context)] as const;
  });
  return fc
    .record(Object.fromEntries(fields))
    .map((r) =>
      Object.fromEntries(
        Object.entries(r).filter(
          ([key, v]) => v !== undefined && !(key === "publishedWithin" && r["published"] === null),
        ),
      ),
    );
}

const datasets: fc.Arbitrary<Dataset> = fc
  .record({
    shows: fc.integer({ min: 1, max: 3 }),
    sources: fc.integer({ min: 1, max: 3 }),
    events: fc.integer({ min: 1, max: 5 }),
  })
  .chain((n) => {
    const context = (index: number): Context => ({
      index,
      showIds: Array.from({ length: n.shows }, (_, i) => `show-${i}`),
      sourceIds: Array.from({ length: n.sources }, (_, i) => `source-${i}`),
      eventCount: n.events,
    });
    const list = (level: keyof typeof FIELDS, shape: object, count: number) =>
      fc.tuple(...Array.from({ length: count }, (_, i) => record(level, shape, context(i))));
    return fc.record({
      title: optional(text),
      shows: list("show", showSchema.shape, n.shows),
      sources: list("source", sourceSchema.shape, n.sources),
      events: list("event", eventSchema.shape, n.events),
    });
  })
  .map((d) => {
    // The rules beyond the schema: shows of one title are said (each gets its own here); only windows end,
    // and only after a start; an outcome gives its date.
    d.shows.forEach((show, i) => {
      if (repeatedTitles(d.shows as { title: string }[]).has(i)) show["title"] = `Show ${i}`;
    });
    for (const event of d.events) {
      for (const citation of event["citations"] as Record<string, unknown>[]) {
        const claim = citation["claim"] as { start?: unknown } | undefined;
        if (citation["outcome"] === true && claim?.start == null) delete citation["outcome"];
        // A page reports only what had happened by then (every source here is from 2015 or 2016).
        else if (citation["outcome"] === true && claim) claim.start = "2015";
      }
      if (
        event["end"] !== undefined &&
        (!["filming", "production"].includes(String(event["kind"])) || event["start"] == null)
      ) {
        delete event["end"];
      }
    }
    return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as Dataset;
  });

/** What the CSV cannot tell apart: null and absent, an empty list and none; the order of sources. */
function normal(dataset: Dataset, cited: ReadonlySet<string>) {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : typeof value === "object" && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
              .map(([k, v]) => [k, strip(v)]),
          )
        : value;
  return strip({
    ...dataset,
    sources: dataset.sources.filter((s) => cited.has(s.id)).sort((a, b) => a.id.localeCompare(b.id)),
  });
}

describe("a sheet's problems in its own terms, never the JSON's it is checked as", () => {
  it("names a show made from the show column at the rows that name it, not at shows[0]", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW({ show: "Dare\u202edevil" }),
        ROW({ show: "Dare\u202edevil", quote: "Cameras roll." }),
        ROW({ show: "Other", label: "Other filming" }),
        ROW({ show: "Dare\u202edevil", kind: "release", label: "Premiere", start: "2017" }),
        ROW({ show: "D".repeat(250), label: "Long" }),
      ),
    );
    expect(dataset.events.map((e) => e.label)).toEqual(["Other filming"]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "rows 2–3 and 5, column show: contains U+202E, an invisible control or direction character that could disguise the text: delete it",
      'row 2, column show: show "dare-devil" is left out for a problem of its own',
      'row 5, column show: show "dare-devil" is left out for a problem of its own',
      "row 6, column show: is 250 characters long; at most 200 are allowed",
      expect.stringMatching(/^row 6, column show: show "d+" is left out for a problem of its own$/),
    ]);
  });

  it("names the cell a #show row lacks, and does not call a show cell naming its title empty", () => {
    const said = (sheet: readonly string[]) =>
      parseCsvDataset(sheet.join("\n")).problems.map((p) => `${p.path}: ${p.reason}`);
    expect(said(["#show,dd,,", HEADER, ROW({ show: "dd" })])).toEqual([
      "row 1, column C (the show's title): is required but missing",
      'row 3, column show: show "dd" is left out for a problem of its own',
    ]);
    // The show is refused for its missing id; the row naming it by title names a show the sheet lacks.
    const noId = said(["#show,,Daredevil,", HEADER, ROW({ show: "Daredevil" })]);
    expect(noId[0]).toBe("row 1, column B (the show's id): is required but missing");
    expect(noId.filter((line) => line.startsWith("row 3, column show"))).toEqual([
      expect.not.stringContaining("is required but missing"),
    ]);
  });

  it("says two #show rows of one title, and reads a show cell naming it as the first's", () => {
    const sheet = [
      "#show,st,Stranger Things,",
      "#show,st2,stranger  things,",
      HEADER,
      ROW({ show: "Stranger Things" }),
    ];
    const { dataset, problems } = parseCsvDataset(
      sheet.join("\n").replace("stranger  things", "Stranger Things"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column C (the show\'s title): "Stranger Things" is the title of show "st" too: the chart would show two rows of one name, which a reader cannot tell apart; give each show a title of its own',
    ]);
    expect(dataset.events.map((e) => e.show)).toEqual(["st"]);
  });

  it("points a show cell at the #show row left out for its id, by the id its advice gave or its title", () => {
    const said = (show: string) =>
      parseCsvDataset(["#show,Dark Show,Dark,", HEADER, ROW({ show })].join("\n")).problems.map(
        (p) => `${p.path}: ${p.reason}`,
      );
    expect(said("dark-show")).toEqual([
      'row 1, column B (the show\'s id): ids are lower-case words joined by hyphens, like luke-cage-1-release: "Dark Show" could be dark-show (write it so here and wherever the id is named)',
      'row 3, column show: the show this cell names, row 1\'s "Dark Show", is left out for a problem of its own: mend that row (its id written dark-show)',
    ]);
    // A show kept, named by words its id or title only slugs to, is not said to be left out.
    const kept = (show: string) =>
      parseCsvDataset(["#show,dark-show,The Dark Show,", HEADER, ROW({ show })].join("\n")).problems.map(
        (p) => p.reason,
      );
    expect(kept("Dark Show")).toEqual([expect.not.stringContaining("left out for a problem of its own")]);
    expect(kept("the-dark-show")).toEqual([
      expect.stringMatching(/^no #show row above the header names "the-dark-show"/),
    ]);
    // Not "add one, #show,dark,Dark" under that very row.
    expect(said("Dark")[1]).toBe(
      'row 3, column show: the show this cell names, row 1\'s "Dark Show", is left out for a problem of its own: mend that row',
    );
  });

  it("names where a repeated show id is first used by its rows", () => {
    const shows = parseCsvDataset(
      ["#show,dd,Daredevil,", "#show,dd,Daredevil again,", HEADER, ROW({ show: "dd" })].join("\n"),
    );
    expect(shows.problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      `row 2, column B (the show's id): duplicate id "dd" (first used at row 1)`,
    ]);
  });

  it("says an outcome needs its date at the claim start cell, in the columns' names, not claim.start", () => {
    const { problems } = parseCsvDataset([`${HEADER},outcome,claim start`, `${ROW()},yes,`].join("\n"));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "row 2, column claim start: an outcome needs the date it reports: write it in claim start (or claim end, " +
        "for the end of a window) (the event has no other citation, so it is left out)",
    ]);
  });

  it("tells a date cell of TBD to write unknown, once", () => {
    const { problems } = parseCsvDataset(csv(ROW({ start: "TBD" })));
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/no date is known yet: write unknown in a sheet's cell, null in JSON \([^)]*\)$/),
    ]);
  });

  it("reads a URL with a slash at its end as the source a row before gives without one", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(ROW(), ROW({ url: "https://example.com/a/", quote: "Cameras roll." })),
    );
    expect(problems).toEqual([]);
    expect(dataset.sources.map((s) => s.url)).toEqual(["https://example.com/a"]);
    expect(dataset.events[0]?.citations).toHaveLength(2);
    // A query's slash is the query's: two pages.
    const queries = parseCsvDataset(
      csv(ROW({ url: "https://e.com/?p=1" }), ROW({ url: "https://e.com/?p=1/", quote: "Cameras roll." })),
    );
    expect(queries.dataset.sources).toHaveLength(2);
  });

  it("says so in the columns' names too when the outcome is one citation of several, left out alone", () => {
    const { problems } = parseCsvDataset(
      [`${HEADER},outcome,claim start`, `${ROW()},,`, `${ROW({ quote: "It began." })},yes,`].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "row 3, column claim start: an outcome needs the date it reports: write it in claim start (or claim end, " +
        "for the end of a window) (citation left out)",
    ]);
  });

  it("names an event's rows for what is wrong with all of them: more citations than an event takes", () => {
    const rows = Array.from({ length: 101 }, (_, n) => ROW({ quote: `Quote ${n}.` }));
    const { problems } = parseCsvDataset(csv(...rows));
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      "rows 2–102, column label: has 101 citations; at most 100 are allowed",
    ]);
  });

  it("says rows as a sentence does: one, a run, runs, and those past the third counted", () => {
    expect(rowsWords([4])).toBe("row 4");
    expect(rowsWords([4, 5, 6])).toBe("rows 4–6");
    expect(rowsWords([4, 6])).toBe("rows 4 and 6");
    expect(rowsWords([2, 5, 6, 9])).toBe("rows 2, 5–6 and 9");
    expect(rowsWords([2, 3, 4, 7, 9, 11, 12, 20])).toBe("rows 2–4, 7, 9 and 3 more");
  });
});

describe("Ids a sheet makes never take one it gives: each quote stays under its own article", () => {
  /** Each event's quotes with the url of the source each cites. */
  const quotedFrom = ({ events, sources }: Dataset) =>
    events.flatMap((e) =>
      e.citations.map((c) => [c.quote, sources.find((s) => s.id === c.source)?.url ?? "no source"]),
    );

  it("makes a source's id around one a later row gives: Variety's day becomes variety-2016-05-02-2", () => {
    const variety = { publisher: "Variety", published: "2016-05-02" };
    const { dataset, problems } = parseCsvDataset(
      csvWithSourceIds(
        `,${ROW({ ...variety, url: "https://variety.com/a" })}`,
        `variety-2016-05-02,${ROW({ ...variety, label: "Wrap", url: "https://variety.com/b", quote: "Cameras stop." })}`,
      ),
    );
    // Kept, and said: the two rows may have been meant as one source.
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column source id: no source id: "variety-2016-05-02-2" was made, since "variety-2016-05-02" is typed on another row for another item; if both rows are one item, write "variety-2016-05-02" here too',
    ]);
    expect(dataset.sources.map((s) => [s.id, s.url])).toEqual([
      ["variety-2016-05-02-2", "https://variety.com/a"],
      ["variety-2016-05-02", "https://variety.com/b"],
    ]);
    expect(quotedFrom(dataset)).toEqual([
      ["Filming starts in July.", "https://variety.com/a"],
      ["Cameras stop.", "https://variety.com/b"],
    ]);
  });

  it("makes an event's id around one a later row gives, and relations reach the event given it", () => {
    const { dataset, problems } = parseCsvDataset(
      [
        `${HEADER},claim relations`,
        `${ROW()},`,
        `${ROW({ "event id": "daredevil-2-filming-filming", label: "Wrap", url: "https://example.com/b" })},`,
        `${ROW({ "event id": "dd-2-release", kind: "release", label: "Premiere", start: "2017", relations: "after:daredevil-2-filming-filming", url: "https://example.com/c" })},after:daredevil-2-filming-filming`,
      ].join("\n"),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column event id: no event id: "daredevil-2-filming-filming-2" was made, since "daredevil-2-filming-filming" is typed on another row for another item; if both rows are one item, write "daredevil-2-filming-filming" here too',
    ]);
    expect(dataset.events.map((e) => [e.id, e.label])).toEqual([
      ["daredevil-2-filming-filming-2", "Filming"],
      ["daredevil-2-filming-filming", "Wrap"],
      ["dd-2-release", "Premiere"],
    ]);
    const release = dataset.events.find((e) => e.id === "dd-2-release");
    expect(release?.relations).toEqual([{ type: "after", event: "daredevil-2-filming-filming" }]);
    expect(release?.citations[0]?.claim).toEqual({
      relations: [{ type: "after", event: "daredevil-2-filming-filming" }],
    });
  });

  it("does not hand a relation to a made event when the row giving its id is left out", () => {
    const { dataset, problems } = parseCsvDataset(
      csv(
        ROW(),
        ROW({ "event id": "daredevil-2-filming-filming", label: "Wrap", note: "#REF!" }),
        ROW({
          "event id": "dd-2-release",
          kind: "release",
          label: "Premiere",
          start: "2017",
          relations: "after:daredevil-2-filming-filming",
        }),
      ),
    );
    expect(dataset.events.map((e) => e.id)).toEqual(["daredevil-2-filming-filming-2", "dd-2-release"]);
    expect(dataset.events.find((e) => e.id === "dd-2-release")?.relations).toEqual([]);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 2, column event id: no event id: "daredevil-2-filming-filming-2" was made, since "daredevil-2-filming-filming" is typed on another row for another item; if both rows are one item, write "daredevil-2-filming-filming" here too',
      expect.stringMatching(/^row 3, column note: "#REF!" is a spreadsheet's error/),
      'row 4, column relations: relation to unknown event "daredevil-2-filming-filming" (left out)',
    ]);
  });

  it("still gives a row its typed id when the made one comes after it", () => {
    const variety = { publisher: "Variety", published: "2016-05-02" };
    const { dataset, problems } = parseCsvDataset(
      csvWithSourceIds(
        `variety-2016-05-02,${ROW({ ...variety, "event id": "daredevil-2-filming-filming", url: "https://variety.com/b", quote: "Cameras roll." })}`,
        `,${ROW({ ...variety, label: "Filming", url: "https://variety.com/a", kind: "filming", season: "2", start: "2016-08" })}`,
      ),
    );
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'row 3, column source id: no source id: "variety-2016-05-02-2" was made, since "variety-2016-05-02" is typed on another row for another item; if both rows are one item, write "variety-2016-05-02" here too',
      'row 3, column event id: no event id: "daredevil-2-filming-filming-2" was made, since "daredevil-2-filming-filming" is typed on another row for another item; if both rows are one item, write "daredevil-2-filming-filming" here too',
    ]);
    expect(dataset.sources.map((s) => [s.id, s.url])).toEqual([
      ["variety-2016-05-02", "https://variety.com/b"],
      ["variety-2016-05-02-2", "https://variety.com/a"],
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual([
      "daredevil-2-filming-filming",
      "daredevil-2-filming-filming-2",
    ]);
    expect(quotedFrom(dataset)).toEqual([
      ["Cameras roll.", "https://variety.com/b"],
      ["Filming starts in July.", "https://variety.com/a"],
    ]);
  });
});

describe("CSV ⇄ JSON round trip", () => {
  it("maps every field of the format to a column or to the rows' structure", () => {
    const mapped = (level: "event" | "source" | "citation") =>
      new Set([...COLUMNS.filter((c) => c.level === level).map(fieldOf), ...STRUCTURAL[level]]);
    expect(Object.keys(eventSchema.shape).filter((k) => !mapped("event").has(k))).toEqual([]);
    expect(Object.keys(sourceSchema.shape).filter((k) => !mapped("source").has(k))).toEqual([]);
    expect(Object.keys(citationShape).filter((k) => !mapped("citation").has(k))).toEqual([]);
    expect(Object.keys(datasetSchema.shape)).toEqual(["$schema", "title", "shows", "sources", "events"]);
  });

  it("loses nothing: JSON → CSV → JSON gives the same dataset, and names what could not travel", () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        expect(parseDataset(dataset).problems).toEqual([]);
        const cited = new Set(dataset.events.flatMap((e) => e.citations.map((c) => c.source)));
        const { csv: written, lost } = datasetToCsv(dataset);
        expect(lost).toEqual(
          dataset.sources.flatMap((s, i) =>
            cited.has(s.id) ? [] : [`sources[${i}] (${s.id}) is cited by no event, so it has no row`],
          ),
        );
        const back = parseCsvDataset(written);
        expect(back.problems).toEqual([]);
        expect(normal(back.dataset, cited)).toEqual(normal(dataset, cited));
      }),
      { numRuns: 150 },
    );
  });
});

describe("README's worked example", () => {
  it("opens without a problem", () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
    const example = /```csv\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const { dataset, problems } = parseCsvDataset(example);
    expect(problems).toEqual([]);
    expect(dataset.title).toBe("My Netflix shows");
    expect(dataset.events.map((e) => e.id)).toEqual(["st-2-filming", "st-2-release"]);
  });
});

describe("column kinds ready for new fields", () => {
  it("a flag column writes yes and reads yes, y, true, x, 1 or a tick", () => {
    const outcome = flag("outcome", "citation", "yes or empty");
    expect(outcome.write(true)).toBe("yes");
    expect(outcome.write(undefined)).toBe("");
    expect(["yes", "Y", "TRUE", "x", "1", "✓", "✔"].map((cell) => outcome.read(cell))).toEqual(
      Array(7).fill({ kind: "value", value: true }),
    );
    for (const cell of ["", "no", "N", "FALSE", "0"]) expect(outcome.read(cell)).toEqual({ kind: "absent" });
  });

  it("a dotted key reaches a field inside an object, such as claim.start", () => {
    const citation: Record<string, unknown> = { quote: "q" };
    setValueAt(citation, "claim.start", "2016-05");
    setValueAt(citation, "claim.end", "2016-07");
    expect(citation).toEqual({ quote: "q", claim: { start: "2016-05", end: "2016-07" } });
    expect(valueAt(citation, "claim.end")).toBe("2016-07");
    expect(valueAt(citation, "claim.certainty")).toBeUndefined();
  });
});
