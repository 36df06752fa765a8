import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../src/data/DatasetError.ts";
import { decodeFileText } from "../../src/model/decodeFileText.ts";
import { openDatasetFiles } from "../../src/model/openDatasetFiles.ts";
import { XLS_BYTES } from "./xlsBytes.ts";

const fixture = (name: string) => ({
  name,
  text: readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8"),
});
const good = fixture("good.json");
const article = fixture("articles/one.txt");
const manifest = fixture("articles/manifest.json");

describe("Opening files from this device", () => {
  it("says the quotes were not checked when no article came with the dataset", () => {
    const opened = openDatasetFiles([good]);
    expect(opened.name).toBe("good.json");
    expect(opened.quotes).toEqual({ kind: "unchecked", ignored: [] });
    expect(opened.prepared.items.length).toBe(opened.prepared.dataset.events.length);
  });

  it("tells articles chosen without their dataset to come with it, and anything else to be a dataset", () => {
    const other = { name: "b.txt", text: "https://example.com/b\nMore." };
    expect(() => openDatasetFiles([article, other])).toThrow(
      "These are articles, not a dataset: choose the dataset (.json, .csv or .tsv) and its articles together, in one choice.",
    );
    expect(() => openDatasetFiles([{ name: "manifest.json", text: '{"sources": []}' }])).toThrow(
      "manifest.json names a dataset's articles and is not a dataset: choose the dataset (.json, .csv or .tsv) and its articles together, in one choice.",
    );
    expect(() => openDatasetFiles([{ name: "picture.png", text: "" }, article])).toThrow(
      "Choose a .json, .csv or .tsv dataset (article .txt files may come with it).",
    );
  });

  describe("a tab-separated sheet named .txt, told to be renamed .tsv rather than taken for an article", () => {
    const text = "show\tkind\tlabel\r\nMy Show\trelease\tPremiere\r\n";
    const said = (what: string) =>
      `My sheet.txt looks like ${what} (.txt is read as an article): rename it to .tsv and open it again.`;

    it("is Excel's Unicode Text when it is UTF-16", () => {
      const sheet = { name: "My sheet.txt", text, encoding: { kind: "known", name: "UTF-16" } } as const;
      expect(() => openDatasetFiles([sheet, article])).toThrow(said('a spreadsheet saved as "Unicode Text"'));
      expect(() => openDatasetFiles([article])).toThrow(
        `${article.name} is an article, not a dataset: choose the dataset (.json, .csv or .tsv) and its articles together, in one choice.`,
      );
    });

    it("is tab-separated text, not Unicode Text, when it is UTF-8", () => {
      for (const sheet of [
        { name: "My sheet.txt", text: `\uFEFF${text}`, encoding: { kind: "known", name: "UTF-8" } } as const,
        { name: "My sheet.txt", text },
      ]) {
        expect(() => openDatasetFiles([sheet])).toThrow(said("a spreadsheet saved as tab-separated text"));
      }
    });

    it("is Excel's Text (Tab delimited) when its encoding was guessed as Windows-1252", () => {
      const sheet = {
        name: "My sheet.txt",
        text,
        encoding: { kind: "guessed", name: "Windows-1252" },
      } as const;
      expect(() => openDatasetFiles([sheet])).toThrow(said('a spreadsheet saved as "Text (Tab delimited)"'));
    });
  });

  it("opens a Google Sheets tab-separated download (.tsv) in the spreadsheet layout, not refused", () => {
    const tsv = [
      "show\tkind\tlabel\tstart\tcertainty\tsource title\tpublisher\tpublished\turl\tquote",
      "My Show\trelease\tMy Show premieres\t2016-07\treported\tAn article\tExample News\t2016-05-11\thttps://example.com/a\tIn July.",
    ].join("\n");
    const opened = openDatasetFiles([{ name: "My sheet - Sheet1.tsv", text: tsv }]);
    expect(opened.name).toBe("My sheet - Sheet1.tsv");
    expect(opened.prepared.problems).toEqual([]);
    expect(opened.prepared.dataset.events.map((e) => e.label)).toEqual(["My Show premieres"]);
  });

  it("names the .txt files it did not read as articles, with no manifest and with one", () => {
    const notes = { name: "notes.txt", text: "My notes on the shows\nnothing to check" };
    const alone = openDatasetFiles([good, notes]);
    expect(alone.quotes).toEqual({ kind: "unchecked", ignored: ["notes.txt"] });
    const withManifest = openDatasetFiles([
      good,
      { ...article, name: "one.txt" },
      { ...article, name: "two.txt" },
      { ...manifest, name: "manifest.json" },
    ]);
    expect(withManifest.quotes).toMatchObject({ kind: "checked", articles: 1, ignored: ["two.txt"] });
  });

  it("reads a .txt the manifest does not name by its first line, its URL, as without a manifest", () => {
    const later = { name: "later.txt", text: `https://example.com/later\n${article.text}` };
    const opened = openDatasetFiles([
      good,
      { ...article, name: "one.txt" },
      later,
      { ...manifest, name: "manifest.json" },
    ]);
    expect(opened.quotes).toMatchObject({
      kind: "checked",
      ignored: [],
      unmatched: ["later.txt (https://example.com/later)"],
    });
  });

  it("checks the quotes against article texts matched by a manifest, as check:data does", () => {
    const opened = openDatasetFiles([
      good,
      { ...article, name: "one.txt" },
      { ...manifest, name: "manifest.json" },
    ]);
    expect(opened.quotes).toEqual({
      kind: "checked",
      ignored: [],
      checked: 2,
      articles: 1,
      notVerbatim: 0,
      unchecked: 0,
      missing: [],
      unmatched: [],
    });
  });

  it("names an article whose first line's URL is no source's: it checked nothing, and is not counted", () => {
    const stray = { name: "stray.txt", text: "https://elsewhere.example/story\nFilming starts in May." };
    const opened = openDatasetFiles([good, stray]);
    expect(opened.quotes).toMatchObject({
      kind: "checked",
      checked: 0,
      articles: 0,
      unmatched: ["stray.txt (https://elsewhere.example/story)"],
    });
  });

  it("says what is wrong with a manifest that is not a list of {file, url}, rather than fail inside it", () => {
    const opening = (text: string) => () =>
      openDatasetFiles([good, article, { name: "manifest.json", text }]);
    expect(opening("null")).toThrow(new DatasetError('manifest.json needs a "sources" list of {file, url}.'));
    expect(opening('{"sources": [null]}')).toThrow(
      new DatasetError('manifest.json needs a "sources" list of {file, url}: sources[0] is not one.'),
    );
    expect(opening('{"sources": [{"file": "one.txt", "url": 5}]}')).toThrow(/sources\[0\] is not one/);
  });

  it("names a workbook dropped or picked where its CSV was meant, by its name or by its bytes", () => {
    expect(() => openDatasetFiles([{ name: "Timeline.xlsx", text: "PK\u0003\u0004…" }])).toThrow(
      /^Timeline\.xlsx is a spreadsheet workbook, not CSV: save it as CSV \(Excel: File › Save As › "CSV UTF-8"/,
    );
    expect(() => openDatasetFiles([{ name: "Timeline.csv", text: "PK\u0003\u0004\u0014\u0000" }])).toThrow(
      /^Timeline\.csv is a spreadsheet workbook \(Excel's \.xlsx, or \.ods\), not CSV: save it as CSV/,
    );
    // An .xls's own first bytes, as the page reads a file: E0 A1 B1 is valid UTF-8, the rest is not.
    const xls = XLS_BYTES;
    expect(() => openDatasetFiles([{ name: "Old.csv", ...decodeFileText(xls) }])).toThrow(
      /^Old\.csv is an Excel 97–2003 workbook \(\.xls\), not CSV: save it as CSV/,
    );
    // Followed by bytes that are mostly UTF-8 (text, or a body that happens to be), the file is read as
    // UTF-8 but where it is not, which reads the signature otherwise: still told for what it is.
    const body = new TextEncoder().encode("Workbook,Sheet1\n".repeat(40));
    for (const after of [
      [0x44, 0x20],
      [0x1c, 0x2e],
      [0x82, 0xa0],
    ]) {
      const bytes = Uint8Array.from([...XLS_BYTES.subarray(0, 8), ...after, ...body]);
      expect(() => openDatasetFiles([{ name: "Old.csv", ...decodeFileText(bytes) }]), String(after)).toThrow(
        /^Old\.csv is an Excel 97–2003 workbook \(\.xls\)/,
      );
    }
  });

  it("refuses a file that is no sheet, saying what it looks like, rather than open an empty timeline", () => {
    const opening = (name: string, bytes: Uint8Array) => () =>
      openDatasetFiles([{ name, ...decodeFileText(bytes) }]);
    const bytesOf = (text: string) => new TextEncoder().encode(text);
    const advice = 'open your sheet and save it as CSV (Excel: File › Save As › "CSV UTF-8"';
    expect(
      opening("page.csv", bytesOf("<!doctype html><html><head><title>Not found</title></head></html>\n")),
    ).toThrow(`page.csv looks like a web page (HTML), not a spreadsheet saved as CSV: ${advice}`);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(opening("picture.csv", png)).toThrow(
      `picture.csv looks like an image (PNG), not a spreadsheet saved as CSV: ${advice}`,
    );
    const units = [..."show,label,url,quote\nDaredevil,Filming,https://example.com/a,Filming starts.\n"];
    const utf16 = Uint8Array.from(units.flatMap((c) => [c.charCodeAt(0), 0]));
    expect(opening("unicode.csv", utf16)).toThrow(
      `unicode.csv looks like text in UTF-16 without its byte order mark, not a spreadsheet saved as CSV: ${advice}`,
    );
    // A JSON dataset named .csv: named the other way round, not a first row naming no column ("{").
    expect(opening("mine.csv", bytesOf('{\n  "shows": [],\n  "sources": []\n}\n'))).toThrow(
      'mine.csv looks like JSON, not a spreadsheet saved as CSV: name it .json and it is read as one, by "Open a ' +
        'dataset…" and by ?data= alike.',
    );
    expect(opening("other.csv", Uint8Array.from([0x01, 0x02, 0x2c, 0x03, 0x0a, 0x04]))).toThrow(
      "other.csv looks like binary data, not text, not a spreadsheet saved as CSV",
    );
    expect(
      opening("german.csv", bytesOf("Titel;Datum;Quelle;Zitat;Anmerkung\nA;2016;https://example.com;B;C\n")),
    ).toThrow(
      new DatasetError(
        'german.csv has no known column in its first row ("Titel", "Datum", "Quelle", …): the first row names ' +
          "the columns, such as show, label, start, url and quote, as in the template (public/data/template.csv).",
      ),
    );
    // A blank sheet as Excel saves it, or only # rows: no row 3 to name, but no header at all.
    for (const text of [",,,\n,,,\n", "#title,X\n#show,a,A,#112233\n"])
      expect(opening("blank.csv", bytesOf(text))).toThrow(
        new DatasetError(
          "blank.csv has no header row: below any #title and #show rows, the first row names the columns, " +
            "such as show, label, start, url and quote, as in the template (public/data/template.csv).",
        ),
      );
    // A sep= line naming the wrong separator: that line is the cause, and the header is line 2, not the first.
    expect(opening("sep.csv", bytesOf("sep=;\nevent id,show,label\nx,a,B\n"))).toThrow(
      new DatasetError(
        'sep.csv has a first line "sep=;", but its header is split by commas, so it was read as one column: ' +
          "correct that line (sep=,), or delete it.",
      ),
    );
    // Quoted, as a sheet saved again writes that line, it is the same line.
    expect(opening("quoted.csv", bytesOf('"sep=;"\nevent id,show,label\nx,a,B\n'))).toThrow(
      'quoted.csv has a first line "sep=;", but its header is split by commas',
    );
    expect(opening("tab.csv", bytesOf("sep=\t\nevent id,show,label\nx,a,B\n"))).toThrow(
      'tab.csv has a first line "sep=" and a tab, but its header is split by commas',
    );
    // A header with one column the reader knows is read, its problems listed, as before.
    expect(opening("partial.csv", bytesOf("Titel,url\nA,https://example.com/a\n"))).not.toThrow();
  });

  it("names the field of a manifest's entry that is wrong, and the first such entry", () => {
    const opening = (text: string) => () =>
      openDatasetFiles([good, article, { name: "manifest.json", text }]);
    const entries = '[{"file": "one.txt", "url": "https://example.com/one"}, {"file": "two.txt", "url": 5}]';
    expect(opening(`{"sources": ${entries}}`)).toThrow(
      new DatasetError(
        'manifest.json needs a "sources" list of {file, url}: sources[1] is not one (its url should be text, but is the number 5).',
      ),
    );
    expect(opening('{"sources": [{"url": "https://example.com/one"}]}')).toThrow(
      "sources[0] is not one (its file is required but missing).",
    );
  });

  it("matches an article by its first line, its URL, when there is no manifest", () => {
    const opened = openDatasetFiles([
      good,
      { name: "one.txt", text: `https://example.com/one\nSomething else entirely.` },
    ]);
    expect(opened.quotes).toMatchObject({ kind: "checked", checked: 2, notVerbatim: 2 });
    expect(opened.prepared.problems.map((p) => p.path)).toEqual([
      "events[0].citations[0].quote",
      "events[1].citations[0].quote",
    ]);
  });

  it("reads two files of one URL (an article's two pages) as one article: neither is dropped", () => {
    const opened = openDatasetFiles([
      good,
      { name: "page1.txt", text: "https://example.com/one\nFilming starts in May 2016, the studio said." },
      { name: "page2.txt", text: "https://example.com/one\nIt will premiere later." },
    ]);
    expect(opened.quotes).toMatchObject({ kind: "checked", checked: 2, notVerbatim: 0, ignored: [] });
  });

  it("names a quote not found in its article where it is in the file: a sheet's row, a JSON file's own path", () => {
    const page = { name: "a.txt", text: "https://example.com/a\nQuote A, as it stands." };
    // Row 2's event is left out for its date, so the event of rows 3–4 is the dataset's first.
    const sheet = [
      "event id,show,kind,label,start,certainty,source title,publisher,published,url,quote",
      "e1,My Show,release,Premiere,someday,reported,T,P,2016-05-01,https://example.com/a,Quote A",
      "e2,My Show,filming,Filming,2016-05,reported,T,P,2016-05-01,https://example.com/a,Not in it.",
      "e2,My Show,filming,Filming,2016-05,reported,T,P,2016-05-01,https://example.com/a,Nor this.",
    ].join("\n");
    const opened = openDatasetFiles([{ name: "mine.csv", text: sheet }, page]);
    expect(opened.quotes).toMatchObject({ kind: "checked", checked: 2, notVerbatim: 2 });
    expect(opened.prepared.problems.map((p) => `${p.path} (${p.id}): ${p.reason}`)).toEqual([
      expect.stringMatching(/^row 2, column start \(e1\): is not a calendar date/),
      'row 3, column quote (e2): quote not found verbatim in https://example.com/a: "Not in it."',
      'row 4, column quote (e2): quote not found verbatim in https://example.com/a: "Nor this."',
    ]);
    // The same in JSON: an event and a citation left out before it do not move a quote's path.
    const json = JSON.stringify({
      shows: [{ id: "my-show", title: "My Show" }],
      sources: [
        { id: "a", title: "T", publisher: "P", published: "2016-05-01", url: "https://example.com/a" },
      ],
      events: [
        {
          id: "e1",
          show: "my-show",
          kind: "release",
          label: "L",
          start: "someday",
          certainty: "reported",
          citations: [{ source: "a", quote: "Quote A" }],
        },
        {
          id: "e2",
          show: "my-show",
          kind: "filming",
          label: "F",
          certainty: "reported",
          citations: [
            { source: "nowhere", quote: "Quote A" },
            { source: "a", quote: "Not in it." },
          ],
        },
      ],
    });
    const fromJson = openDatasetFiles([{ name: "mine.json", text: json }, page]);
    expect(fromJson.prepared.problems.map((p) => p.path)).toEqual([
      "events[0].start",
      "events[1].citations[0].source",
      "events[1].citations[1].quote",
    ]);
  });

  it("speaks in the sheet's terms of every problem a sheet can have: rows and columns, never JSON paths or keys", () => {
    const header =
      "event id,show,season,kind,label,start,end,certainty,relations,note,source id,source title,publisher," +
      "author,published,url,evidence,quote,claim start,claim end,claim certainty,claim relations,outcome,citation note";
    const columns = header.split(",");
    const good: Record<string, string> = {
      "event id": "e1",
      show: "Daredevil",
      season: "1",
      kind: "release",
      label: "Premiere",
      start: "2016-05",
      certainty: "reported",
      "source title": "T",
      publisher: "P",
      published: "2016-05-01",
      url: "https://example.com/a",
      quote: "Quote A.",
    };
    const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const row = (over: Record<string, string> = {}) =>
      columns.map((c) => quoted({ ...good, ...over }[c] ?? "")).join(",");
    const sheet = (rows: Record<string, string>[], above: string[] = []) =>
      [...above, header, ...rows.map(row)].join("\n");
    const sheets = [
      sheet([{ start: "May 2016" }, { "event id": "e2", "claim start": "soon" }]),
      sheet([{ show: "dardevil" }], ["#show,daredevil,Daredevil"]),
      sheet([{ show: "daredevil" }], ["#show,daredevil,Daredevil,red", "#show,daredevil,Again"]),
      sheet([{ show: "Dare Devil" }], ["#show,Dare Devil,Daredevil", "#title," + "x".repeat(400)]),
      sheet([{ show: "D".repeat(250) }, { "event id": "e2", show: "Dare\u202edevil" }]),
      sheet([
        { "event id": "" },
        { "event id": "daredevil-1-release-premiere", label: "Other", quote: "B." },
      ]),
      sheet([
        { publisher: "P", "source id": "" },
        { "event id": "e2", "source id": "p-2016-05-01", url: "https://example.com/b" },
      ]),
      sheet([{ url: "example.com/a" }, { "event id": "e2", url: "example.com/a", quote: "Q2" }]),
      sheet([
        { "source id": "s1", published: "May 1 2016" },
        { "event id": "e2", "source id": "s9", url: "" },
      ]),
      sheet([{ url: "https://ex\u0430mple.com/a" }]),
      sheet([
        { publisher: "", evidence: "blog" },
        { "event id": "e2", author: "a\u202eb", url: "https://example.com/b" },
      ]),
      sheet([
        { relations: "after:nope aftr:e1" },
        { "event id": "e2", relations: "after:e2", "claim relations": "after:nope" },
      ]),
      sheet([{ relations: "after:e2" }, { "event id": "e2", label: "B", relations: "after:e1" }]),
      sheet([
        { outcome: "yes" },
        { "event id": "e2", outcome: "yes", "claim start": "2017-01-01" },
        { "event id": "e3", "claim end": "2017-01" },
      ]),
      sheet([
        { end: "2017" },
        { "event id": "e2", kind: "filming", start: "2017", end: "2016" },
        { "event id": "e3", outcome: "maybe" },
      ]),
      sheet([
        {
          label: "x".repeat(400),
          quote: "q".repeat(6000),
          note: "n".repeat(2100),
          "citation note": "n".repeat(2100),
        },
      ]),
      sheet([
        { quote: "" },
        { "event id": "e2", season: "one", certainty: "sure", kind: "relase", "claim certainty": "sure" },
      ]),
      sheet([{}, { start: "2017", quote: "Q2" }]),
      sheet(Array.from({ length: 101 }, (_, n) => ({ quote: `Q${n}` }))),
      sheet([
        { "event id": "E 1" },
        { "event id": "e".repeat(130) },
        { "event id": "e3", "source id": "s".repeat(130) },
      ]),
      sheet(Array.from({ length: 130 }, (_, n) => ({ "event id": `e${n}`, start: "bad" }))),
    ];
    const article = { name: "a.txt", text: "https://example.com/a\nNot the quote." };
    const jsonTerms =
      /\b(shows|sources|events|citations|relations)\[\d+\]|\bclaim\.(start|end|certainty|relations)\b/;
    const said = sheets.flatMap((text) => {
      const { prepared } = openDatasetFiles([{ name: "sheet.csv", text }, article]);
      return [...prepared.problems, ...prepared.omitted.map(({ like }) => like)];
    });
    // A wide catalogue: each kind of problem a sheet can have is among them.
    expect(said.length).toBeGreaterThan(60);
    expect(said.filter((p) => !/^(rows? \d+|line 1)/.test(p.path) || jsonTerms.test(p.reason))).toEqual([]);
  });

  it("refuses no dataset, or two at once, with a sentence that says what to do", () => {
    expect(() => openDatasetFiles([article])).toThrow(DatasetError);
    expect(() => openDatasetFiles([good, { ...good, name: "other.csv" }])).toThrow(/one dataset at a time/);
  });

  it("refuses an empty spreadsheet as it refuses an empty .json, and a header alone as having no rows", () => {
    expect(() => openDatasetFiles([{ name: "empty.json", text: "" }])).toThrow("The dataset file is empty.");
    expect(() => openDatasetFiles([{ name: "empty.csv", text: "" }])).toThrow("empty.csv is empty.");
    expect(() => openDatasetFiles([{ name: "blank.csv", text: "\uFEFF \r\n\r\n" }])).toThrow(
      "blank.csv is empty.",
    );
    expect(() => openDatasetFiles([{ name: "head.csv", text: "show,label,url,quote\r\n" }])).toThrow(
      "head.csv has no rows under its header.",
    );
    // A JSON of no events, as a sheet of no rows: not a timeline of none saying every event was left out.
    const none = JSON.stringify({ shows: [{ id: "a", title: "A" }], sources: [], events: [] });
    expect(() => openDatasetFiles([{ name: "none.json", text: none }])).toThrow(
      'none.json has no events: its "events" list is empty.',
    );
  });
});
