import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { templateCsv } from "../../scripts/templateCsv.ts";

const root = resolve(import.meta.dirname, "../..");
const articles = resolve(root, "tests/fixtures/articles");

/** Runs `npm run check:data`'s script and returns its exit code and output. */
function checkData(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", resolve(root, "scripts/check-data.ts"), ...args],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, SOURCES_DIR: "" },
      },
    );
    return { code: 0, out };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

describe("check:data", () => {
  it("passes a good dataset whose quotes stand in the articles", () => {
    const { code, out } = checkData("tests/fixtures/good.json", articles);
    expect(out).toContain(
      "2 quotes checked against 1 articles and 1 outcome pages, 0 not verbatim; 0 problems",
    );
    expect(code).toBe(0);
  });

  it("fails a bad dataset with one line per problem", () => {
    const { code, out } = checkData("tests/fixtures/bad.json", articles);
    expect(code).toBe(1);
    expect(out).toMatch(/events\[1\]\.end \(a-release\): a release is a single date/);
    expect(out).toMatch(/events\[0\]\.citations\[0\]\.quote \(a-filming\): quote not found verbatim/);
    expect(out).toContain("; 2 problems");
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
      "3 quotes checked against 1 articles and 1 outcome pages, 1 not verbatim; 3 problems",
    );
  });

  it("fails a file that is not JSON, saying so", () => {
    const { code, out } = checkData("tests/fixtures/articles/one.txt");
    expect(code).toBe(1);
    expect(out).toContain("not valid JSON");
  });

  it("says the quotes were not checked when no articles are given", () => {
    const { code, out } = checkData("tests/fixtures/good.json");
    expect(code).toBe(0);
    expect(out).toContain("quotes not checked");
  });
}, 30_000);

describe("check:data on a spreadsheet", () => {
  it("checks a CSV the same way, naming each problem by row and column", () => {
    const { code, out } = checkData("tests/fixtures/broken.csv");
    expect(code).toBe(1);
    expect(out).toMatch(/row 3, column start \(b-release\): is not a calendar date in EDTF.*; try 2016-09/);
    expect(out).toContain("1 events, 1 sources");
  });
});

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
