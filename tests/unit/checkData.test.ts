import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { templateCsv } from "../../scripts/templateCsv.ts";

const root = resolve(import.meta.dirname, "../..");
const articles = resolve(root, "tests/fixtures/articles");

/** Runs one of the scripts and returns its exit code and output. */
function runScript(script: string, ...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", resolve(root, script), ...args], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, SOURCES_DIR: "", INIT_CWD: root },
    });
    return { code: 0, out };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

/** `npm run check:data`. */
const checkData = (...args: string[]) => runScript("scripts/check-data.ts", ...args);
/** `npm run convert --`. */
const convert = (...args: string[]) => runScript("scripts/convert.ts", ...args);

/** A sheet of `rows` events, each dated `start`, in a fresh folder. */
function sheet(rows: number, start = "2016-07"): string {
  const file = join(mkdtempSync(join(tmpdir(), "sheet-")), "sheet.csv");
  const header = "show,kind,label,start,certainty,source title,publisher,published,url,quote";
  const row = (n: number) =>
    `Daredevil,filming,Event ${n},${start},reported,An article,Example News,2016-05-11,https://example.com/a,In July.`;
  writeFileSync(file, [header, ...Array.from({ length: rows }, (_, n) => row(n))].join("\n"));
  return file;
}

describe("check:data", () => {
  it("passes a good dataset whose quotes stand in the articles", () => {
    const { code, out } = checkData("tests/fixtures/good.json", articles);
    expect(out).toContain(
      "2 events, 1 source; 2 quotes checked against 1 article and 1 outcome page, 0 not verbatim; 0 problems",
    );
    expect(code).toBe(0);
  });

  it("matches an article whose URL differs only by its scheme or a fragment, and names one no source's URL names", () => {
    const dir = mkdtempSync(join(tmpdir(), "articles-"));
    const text = readFileSync(join(articles, "one.txt"), "utf8");
    writeFileSync(join(dir, "one.txt"), text);
    writeFileSync(join(dir, "two.txt"), text);
    writeFileSync(
      join(dir, "manifest.json"),
      JSON.stringify({
        sources: [
          { file: "one.txt", url: "http://example.com/one#top" },
          { file: "two.txt", url: "https://example.com/two" },
        ],
      }),
    );
    const { code, out } = checkData("tests/fixtures/good.json", dir);
    expect(out).toContain(
      "2 quotes checked against 1 article, 0 not verbatim, 1 article no source's URL names (https://example.com/two); 0 problems",
    );
    expect(code).toBe(0);
  });

  it("fails a bad dataset with one line per problem", () => {
    const { code, out } = checkData("tests/fixtures/bad.json", articles);
    expect(code).toBe(1);
    expect(out).toMatch(/events\[1\]\.end \(a-release\): a release is a single date/);
    expect(out).toMatch(/events\[0\]\.citations\[0\]\.quote \(a-filming\): quote not found verbatim/);
    // The quote is drawn on the page all the same: a problem still, but said as kept, as the page lists it.
    expect(out).toMatch(/quote not found verbatim .*\(kept: shown, but worth checking\)\n/);
    expect(out).not.toMatch(/single date.*\(kept/);
    expect(out).toContain("; 2 problems (1 kept, worth checking)");
  });

  it("gives one clear line for each bad claim or outcome, with its path in the file", () => {
    const { code, out } = checkData("tests/fixtures/claims.json", articles);
    expect(code).toBe(1);
    expect(out).toMatch(
      /events\[0\]\.citations\[1\]\.claim\.start \(a-filming\): is not a calendar date in EDTF/,
    );
    expect(out).toMatch(
      /events\[0\]\.citations\[4\]\.claim\.start \(a-filming\): an outcome dated 2016-09-01 cannot be reported by a page published 2016-05-11/,
    );
    expect(out).toMatch(
      /events\[0\]\.citations\[3\]\.quote \(a-filming\): outcome quote not found in outcomes\.json for https:\/\/example\.com\/later/,
    );
    expect(out).toContain(
      "3 quotes checked against 1 article and 1 outcome page, 1 not verbatim; 3 problems",
    );
  });

  it("fails a file that is not JSON, saying so", () => {
    const { code, out } = checkData("tests/fixtures/articles/one.txt");
    expect(code).toBe(1);
    expect(out).toContain("not valid JSON");
    // Not a slip in a JSON file, but another kind of file: no hint to quote its first word.
    expect(out).not.toContain("without quotes");
  });

  it("says a slip of hand-editing in plain words, where it is and what to write, as the page does", () => {
    const file = join(mkdtempSync(join(tmpdir(), "slip-")), "mine.json");
    writeFileSync(file, '{\n  "shows": [],\n  "events": [],\n}\n');
    const { code, out } = checkData(file);
    expect(code).toBe(1);
    expect(out).toContain(
      'Line 3, column 15: a comma before "}": JSON takes none after the last entry; delete it.',
    );
  });

  it("says the Windows-1252 guess of a file it reads, and not of one it refuses for what it is", () => {
    const folder = mkdtempSync(join(tmpdir(), "encodings-"));
    // A sheet saved by Excel's "CSV (Comma delimited)": é as the one byte E9.
    const sheetFile = join(folder, "latin.csv");
    writeFileSync(
      sheetFile,
      Buffer.from(readFileSync(sheet(1), "utf8").replace("Event 0", "Café"), "latin1"),
    );
    const read = checkData(sheetFile);
    expect(read.out).toContain("latin.csv is not UTF-8 and was read as Windows-1252, a guess");
    // UTF-16 without its byte order mark: said as such, with no guess before it that points elsewhere.
    const utf16File = join(folder, "wide.json");
    writeFileSync(utf16File, Buffer.from('{"shows": [], "sources": [], "events": []}', "utf16le"));
    const refused = checkData(utf16File);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("looks like text in UTF-16 without its byte order mark");
    expect(refused.out).not.toContain("a guess");
  });

  it("says the quotes were not checked when no articles are given", () => {
    const { code, out } = checkData("tests/fixtures/good.json");
    expect(code).toBe(0);
    expect(out).toContain("quotes not checked");
  });
}, 30_000);

describe("a JSON key given twice in one object", () => {
  it("is told by check:data and convert, as worth checking, and convert writes nothing", () => {
    const good = readFileSync(resolve(root, "tests/fixtures/good.json"), "utf8");
    const file = join(mkdtempSync(join(tmpdir(), "twice-")), "twice.json");
    // The first event's "show" given again: JSON reads the second.
    writeFileSync(file, good.replace(/"show": ("[^"]*")/, '"show": $1, "show": $1'));
    const said =
      /events\[0\]\.show: "show" is given twice in one object \(both on line \d+\): the last is read, as JSON is; delete the one not meant \(kept: shown, but worth checking\)/;
    const checked = checkData(file);
    expect(checked.out).toMatch(said);
    expect(checked.code).toBe(1);
    const out = join(mkdtempSync(join(tmpdir(), "convert-")), "twice.csv");
    const converted = convert(file, out);
    expect(converted.out).toMatch(said);
    expect(converted.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe("check:data on a spreadsheet", () => {
  it("checks a CSV the same way, naming each problem by row and column", () => {
    const { code, out } = checkData("tests/fixtures/broken.csv");
    expect(code).toBe(1);
    expect(out).toMatch(/row 3, column start \(b-release\): is not a calendar date in EDTF.*; try 2016-09/);
    expect(out).toContain("1 event, 1 source;");
  });

  it("names a quote not found in its article by its row, as the page does, not by a JSON path", () => {
    const file = join(mkdtempSync(join(tmpdir(), "quotes-")), "sheet.csv");
    const row = (label: string, start: string, quote: string) =>
      `Show A,filming,${label},${start},reported,One,Example News,2016-05-11,https://example.com/one,${quote}`;
    writeFileSync(
      file,
      [
        "show,kind,label,start,certainty,source title,publisher,published,url,quote",
        row("Left out", "someday", "It will premiere later."),
        row("Filming", "2016-05", "Filming starts in June 2016."),
      ].join("\n"),
    );
    const { code, out } = checkData(file, articles);
    expect(code).toBe(1);
    expect(out).toContain(
      'row 3, column quote (show-a-filming-filming): quote not found verbatim in https://example.com/one: "Filming starts in June 2016."',
    );
    expect(out).not.toMatch(/events\[/);
  });
});

describe("the scripts' counts", () => {
  it("say one of a thing in the singular", () => {
    expect(checkData(sheet(1)).out).toContain("1 event, 1 source;");
    const out = join(mkdtempSync(join(tmpdir(), "convert-")), "one.json");
    expect(convert(sheet(1), out).out).toContain("1 event, 1 source; 0 problems");
  });

  it('count every problem, those an "and … more like" line stands for too, and convert lists that line', () => {
    const file = sheet(103, "Sept 2016");
    const checked = checkData(file);
    expect(checked.out).toMatch(/: and 3 more like row 101, column start: is not a calendar date/);
    expect(checked.out).toContain("0 events, 1 source;");
    expect(checked.out).toContain("; 103 problems");
    const converted = convert(file, join(mkdtempSync(join(tmpdir(), "convert-")), "out.json"), "--force");
    expect(converted.out).toMatch(/: and 3 more like row 101, column start: is not a calendar date/);
    expect(converted.out).toContain("; 103 problems");
  });
}, 30_000);

describe("check:data with articles", () => {
  it("reads a folder without a manifest as the page reads the files given to it: each .txt's first line is its URL", () => {
    const dir = mkdtempSync(join(tmpdir(), "articles-"));
    const text = readFileSync(join(articles, "one.txt"), "utf8");
    writeFileSync(join(dir, "one.txt"), `https://example.com/one\n${text}`);
    writeFileSync(join(dir, "notes.txt"), "my notes, no URL\n");
    const { code, out } = checkData("tests/fixtures/good.json", dir);
    expect(out).toBe(
      `${dir}: not read as articles: notes.txt (an article's first line is its URL, or the folder's manifest.json names it)\n` +
        `check:data ${resolve(root, "tests/fixtures/good.json")}: 2 events, 1 source; 2 quotes checked against 1 article, 0 not verbatim; 0 problems\n`,
    );
    expect(code).toBe(0);
  });

  it("says the Windows-1252 guess of an article it reads, as the page says it beside the files it opened", () => {
    const dir = mkdtempSync(join(tmpdir(), "articles-"));
    const text = readFileSync(join(articles, "one.txt"), "utf8");
    // "café" in Windows-1252: é is the one byte E9, which is not UTF-8.
    writeFileSync(
      join(dir, "one.txt"),
      Buffer.concat([Buffer.from(`https://example.com/one\n${text}\ncaf`), Buffer.from([0xe9])]),
    );
    const { out } = checkData("tests/fixtures/good.json", dir);
    expect(out).toContain(`${dir}: one.txt is not UTF-8 and was read as Windows-1252`);
    expect(out).toContain("2 quotes checked against 1 article, 0 not verbatim");
  });

  it("reads the files a manifest names where it names them, in a subfolder too", () => {
    const dir = mkdtempSync(join(tmpdir(), "articles-"));
    mkdirSync(join(dir, "pages"));
    writeFileSync(join(dir, "pages", "one.txt"), readFileSync(join(articles, "one.txt"), "utf8"));
    writeFileSync(
      join(dir, "manifest.json"),
      JSON.stringify({ sources: [{ file: "pages/one.txt", url: "https://example.com/one" }] }),
    );
    const { code, out } = checkData("tests/fixtures/good.json", dir);
    expect(out).toContain("2 quotes checked against 1 article, 0 not verbatim; 0 problems");
    expect(code).toBe(0);
  });

  it("names the sources whose quotes it could not check, and takes paths from the folder npm was run in", () => {
    const dir = mkdtempSync(join(tmpdir(), "articles-"));
    writeFileSync(join(dir, "other.txt"), "https://example.com/other\nNothing here.\n");
    // From the project's folder there is no good.json; run from tests/fixtures (INIT_CWD), it is that folder's.
    expect(checkData("good.json", dir).out).toMatch(
      /good\.json: cannot read: there is no such file or folder\n$/,
    );
    const fromFixtures = execFileSync(
      process.execPath,
      ["--import", "tsx", resolve(root, "scripts/check-data.ts"), "good.json", dir],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, SOURCES_DIR: "", INIT_CWD: resolve(root, "tests/fixtures") },
      },
    );
    expect(fromFixtures).toContain(
      "0 quotes checked against 0 articles, 0 not verbatim, 2 cite sources outside the article set (https://example.com/one), 1 article no source's URL names (https://example.com/other)",
    );
  });

  it("takes one article's .txt file for the folder, and says a folder or file given in the other's place is one", () => {
    const good = resolve(root, "tests/fixtures/good.json");
    // Named by its first line, its URL, as the page reads one given alone.
    const file = join(mkdtempSync(join(tmpdir(), "article-")), "one.txt");
    writeFileSync(file, `https://example.com/one\n${readFileSync(join(articles, "one.txt"), "utf8")}`);
    const one = checkData(good, file);
    expect(one.out).toContain("2 quotes checked against 1 article, 0 not verbatim; 0 problems");
    expect(one.code).toBe(0);
    expect(checkData(articles)).toEqual({
      code: 1,
      out: `${articles}: cannot read: it is a folder: give the dataset's file (.json, .csv or .tsv) first, and the articles' folder after it\n`,
    });
    expect(checkData(good, good)).toEqual({
      code: 1,
      out: `${good}: it is a file, not a folder: give the folder that holds the articles' .txt files, or one article's .txt file\n`,
    });
  });

  it("says what is wrong with a manifest, or an article it names that is not there, as a line, not a stack", () => {
    const dir = mkdtempSync(join(tmpdir(), "articles-"));
    const good = resolve(root, "tests/fixtures/good.json");
    writeFileSync(join(dir, "manifest.json"), '{"sources": [null]}');
    expect(checkData(good, dir)).toEqual({
      code: 1,
      out: `${join(dir, "manifest.json")}: manifest.json needs a "sources" list of {file, url}: sources[0] is not one.\n`,
    });
    writeFileSync(
      join(dir, "manifest.json"),
      '{"sources": [{"file": "gone.txt", "url": "https://example.com/one"}]}',
    );
    const missing = checkData(good, dir);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe(`${join(dir, "manifest.json")}: names gone.txt, which is not in ${dir}\n`);
  });
}, 30_000);

describe("a sheet saved as tab-separated text (.txt)", () => {
  it("in UTF-8 is named so, not as Excel's Unicode Text, by check:data and convert", () => {
    const dir = mkdtempSync(join(tmpdir(), "tab-text-"));
    const file = join(dir, "My sheet.txt");
    writeFileSync(file, "show\tkind\tlabel\nDaredevil\tfilming\tFilming\n");
    const said = `${file} looks like a spreadsheet saved as tab-separated text (.txt is read as JSON): rename it to .tsv`;
    expect(checkData(file)).toEqual({ code: 1, out: `${said} and check it again.\n` });
    expect(convert(file, join(dir, "out.json"))).toEqual({ code: 1, out: `${said} and convert it again.\n` });
  });

  it("in UTF-16 (Excel's Unicode Text) is named, with the rename to .tsv, by check:data and convert, as the page names it", () => {
    const dir = mkdtempSync(join(tmpdir(), "unicode-text-"));
    const file = join(dir, "My sheet.txt");
    const text = "show\tkind\tlabel\r\nDaredevil\tfilming\tFilming\r\n";
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const said = `${file} looks like a spreadsheet saved as "Unicode Text" (.txt is read as JSON): rename it to .tsv`;
    expect(checkData(file)).toEqual({ code: 1, out: `${said} and check it again.\n` });
    expect(convert(file, join(dir, "out.json"))).toEqual({ code: 1, out: `${said} and convert it again.\n` });
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });
}, 30_000);

describe("a sheet that is not one, given to check:data and convert", () => {
  it("refuses an empty sheet, or one with only its header, as the page does, not as missing columns", () => {
    const dir = mkdtempSync(join(tmpdir(), "empty-sheet-"));
    writeFileSync(join(dir, "empty.csv"), "\uFEFF\n");
    writeFileSync(join(dir, "header.csv"), "show,kind,label,start,certainty,url,quote\n");
    expect(checkData(join(dir, "empty.csv"))).toEqual({
      code: 1,
      out: `${join(dir, "empty.csv")}: empty.csv is empty.\n`,
    });
    expect(convert(join(dir, "header.csv"), join(dir, "out.json"))).toEqual({
      code: 1,
      out: `${join(dir, "header.csv")}: header.csv has no rows under its header.\n`,
    });
  });

  it("names an Excel workbook saved under a .csv name, or as the dataset, with how to save it as CSV", () => {
    const dir = mkdtempSync(join(tmpdir(), "workbook-"));
    // A zip's first bytes, then bytes that are not UTF-8, as an .xlsx has.
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xe9, 0x9f, 0x00, 0xff]);
    writeFileSync(join(dir, "book.csv"), xlsx);
    writeFileSync(join(dir, "book.json"), xlsx);
    const save =
      'save it as CSV (Excel: File › Save As › "CSV UTF-8"; Google Sheets: File › Download › ' +
      '"Comma-separated values"; LibreOffice: File › Save As › "Text CSV"), then use the .csv file.';
    expect(checkData(join(dir, "book.csv"))).toEqual({
      code: 1,
      out: `${join(dir, "book.csv")}: book.csv is a spreadsheet workbook (Excel's .xlsx, or .ods), not CSV: ${save}\n`,
    });
    expect(convert(join(dir, "book.json"), join(dir, "out.csv"))).toEqual({
      code: 1,
      out: `${join(dir, "book.json")}: The dataset is a spreadsheet workbook (Excel's .xlsx, or .ods), not JSON: ${save}\n`,
    });
    // Given by its own name, it is told as the page tells it: a workbook, not a file that is not JSON.
    writeFileSync(join(dir, "book.xlsx"), xlsx);
    expect(checkData(join(dir, "book.xlsx"))).toEqual({
      code: 1,
      out: `${join(dir, "book.xlsx")}: book.xlsx is a spreadsheet workbook, not CSV: ${save}\n`,
    });
  });
}, 30_000);

describe("public/data/template.csv", () => {
  it("is the bundled dataset in the CSV layout (npm run template rewrites it)", () => {
    expect(readFileSync(resolve(root, "public/data/template.csv"), "utf8")).toBe(templateCsv(root));
  });

  it("opens again as the whole bundled dataset, undated outcome pages included, with no problem", () => {
    const { code, out } = checkData("public/data/template.csv");
    expect(out).toContain("19 events, 24 sources");
    expect(out).toContain("0 problems");
    expect(code).toBe(0);
  });
});

describe("convert", () => {
  it("writes nothing from a file with problems, saying why and how to force it; --force writes the rest", () => {
    const file = sheet(2);
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}\nDaredevil,filming,Late,Sept 2016,reported,An article,Example News,2016-05-11,https://example.com/a,In July.`,
    );
    const out = join(mkdtempSync(join(tmpdir(), "convert-")), "out.json");
    const refused = convert(file, out);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      `2 events, 1 source; 1 problem; ${out} not written: fix it, or add --force to write it without what it leaves out`,
    );
    expect(existsSync(out)).toBe(false);
    const forced = convert(file, out, "--force");
    expect(forced.code).toBe(1);
    expect(forced.out).toContain("1 problem; written anyway (--force), without what it leaves out");
    const written = JSON.parse(readFileSync(out, "utf8")) as { events: { label: string }[] };
    expect(written.events.map((e) => e.label)).toEqual(["Event 0", "Event 1"]);
  });

  it("says a problem whose item is kept as kept, and that forcing writes the file as read, nothing left out", () => {
    const file = sheet(1);
    // A Cyrillic "і" in the host: the source is kept, and its link warned of.
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("https://example.com/a", "https://netfl\u0456x.com/a"),
    );
    const out = join(mkdtempSync(join(tmpdir(), "convert-")), "out.json");
    const refused = convert(file, out);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/row 2, column url .*\(kept: shown, but worth checking\)\n/);
    expect(refused.out).toContain(
      `1 event, 1 source; 1 problem (1 kept, worth checking); ${out} not written: fix it, or add --force to write it as read`,
    );
  });

  it("writes nothing over its own input, in a format its name does not say, or where it cannot write", () => {
    const dir = mkdtempSync(join(tmpdir(), "convert-"));
    const file = sheet(1);
    const before = readFileSync(file, "utf8");
    expect(convert(file, file, "--force")).toEqual({
      code: 2,
      out: `${file} is the file being converted: write the converted dataset to another file\n`,
    });
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(convert(file, join(dir, "out.tsv"))).toEqual({
      code: 2,
      out: `${join(dir, "out.tsv")}: the converted file's name must end in .json or .csv (the format it is written in)\n`,
    });
    expect(existsSync(join(dir, "out.tsv"))).toBe(false);
    const nowhere = join(dir, "no such folder", "out.json");
    const unwritten = convert(file, nowhere);
    expect(unwritten.code).toBe(1);
    expect(unwritten.out).toMatch(/^.*: cannot write: ENOENT: no such file or directory/);
  });

  it("writes nothing over a file already there, unless --force", () => {
    const file = sheet(1);
    const out = join(mkdtempSync(join(tmpdir(), "convert-")), "out.json");
    writeFileSync(out, '{"title": "Fixed by hand"}\n');
    expect(convert(file, out)).toEqual({
      code: 2,
      out: `${out} is already there: add --force to write over it, or write the converted dataset to another file\n`,
    });
    expect(readFileSync(out, "utf8")).toBe('{"title": "Fixed by hand"}\n');
    const forced = convert(file, out, "--force");
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ events: [{ label: "Event 0" }] });
  });

  it("says an input that is not there as check:data says it, not in Node's words", () => {
    const dir = mkdtempSync(join(tmpdir(), "convert-"));
    const missing = join(dir, "nothing.csv");
    const said = `${missing}: cannot read: there is no such file or folder\n`;
    expect(convert(missing, join(dir, "out.json"))).toEqual({ code: 1, out: said });
    expect(checkData(missing)).toEqual({ code: 1, out: said });
    expect(convert(dir, join(dir, "out.json"))).toEqual({
      code: 1,
      out: `${dir}: cannot read: it is a folder: give the dataset's file (.json, .csv or .tsv)\n`,
    });
  });

  it("writes a CSV that Excel reads as UTF-8 (with a BOM), and that converts back to the same dataset", () => {
    const dir = mkdtempSync(join(tmpdir(), "convert-"));
    const run = (from: string, to: string) =>
      execFileSync(process.execPath, ["--import", "tsx", resolve(root, "scripts/convert.ts"), from, to], {
        cwd: root,
        encoding: "utf8",
      });
    const good = resolve(root, "tests/fixtures/good.json");
    run(good, join(dir, "good.csv"));
    expect(readFileSync(join(dir, "good.csv"), "utf8").startsWith("\uFEFF#title,")).toBe(true);
    run(join(dir, "good.csv"), join(dir, "again.json"));
    // (An author null and an author left out are the same: the CSV writes both as an empty cell.)
    const read = (file: string) =>
      JSON.parse(readFileSync(file, "utf8")) as { events: unknown; title: unknown };
    const [before, after] = [read(good), read(join(dir, "again.json"))];
    expect([after.title, after.events]).toEqual([before.title, before.events]);
  });
});
