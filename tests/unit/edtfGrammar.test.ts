import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// tests/setup.ts loads the grammar for every other test; each test here starts from fresh modules, as a
// page does, with `edtf` replaced by a counter around the real library.
const good = readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8");
const withStart = (start: string) => good.replace('"start": "2016-05"', `"start": "${start}"`);

async function freshPage() {
  vi.resetModules();
  const fetched = { count: 0 };
  vi.doMock("edtf", async (importOriginal) => {
    fetched.count += 1;
    return importOriginal();
  });
  const dates = await import("../../src/dates/edtfInterval.ts");
  const { dateWords } = await import("../../src/dates/dateWords.ts");
  const { isDrawableEdtf } = await import("../../src/dates/isDrawableEdtf.ts");
  const grammar = await import("../../src/dates/edtfGrammar.ts");
  const { prepareDatasetText } = await import("../../src/model/prepareDataset.ts");
  return { fetched, ...dates, dateWords, isDrawableEdtf, ...grammar, prepareDatasetText };
}

afterEach(() => {
  vi.doUnmock("edtf");
  vi.resetModules();
});

describe("the EDTF grammar, loaded only when a date is not plain ISO", () => {
  it("reads, words and validates plain dates without fetching the library", async () => {
    const page = await freshPage();
    expect(page.edtfInterval("2016-05-11~")).toEqual({
      earliest: Date.UTC(2016, 4, 11),
      latest: Date.UTC(2016, 4, 12) - 1,
      approximate: true,
      uncertain: false,
    });
    expect(page.dateWords("2016-05")).toBe("May 2016");
    expect(page.dateWords("2016-05-11%")).toBe("11 May 2016, approximately and uncertain");
    expect(page.isDrawableEdtf("2017?")).toBe(true);
    expect(page.isEdtf("2016-12-31")).toBe(true);
    expect(page.fetched.count).toBe(0);
  });

  it("asks for the library for any other date, rather than calling it not a date", async () => {
    const page = await freshPage();
    // 2015-02-29 is no day, 2016-33 a quarter: the grammar's to judge, as is any list or set.
    for (const value of ["2015-02-29", "2016-33", "[2016, 2018]"]) {
      expect(() => page.isDrawableEdtf(value), value).toThrow(page.EdtfGrammarNotLoaded);
      expect(() => page.edtfInterval(value), value).toThrow(page.EdtfGrammarNotLoaded);
    }
    await page.loadEdtfGrammar();
    expect(page.isDrawableEdtf("2016-33")).toBe(true);
    expect(page.isDrawableEdtf("2015-02-29")).toBe(false);
    expect(page.fetched.count).toBe(1);
  });

  it("prepareDatasetText() fetches it for a dataset that needs it, and not for one that does not", async () => {
    const page = await freshPage();
    const plain = await page.prepareDatasetText(withStart("2016-05~"));
    expect(plain.items.find((i) => i.id === "a-filming")?.start?.approximate).toBe(true);
    expect(page.fetched.count).toBe(0);

    const quarter = await page.prepareDatasetText(withStart("2016-36"));
    expect(quarter.problems).toEqual([]);
    expect(quarter.items.find((i) => i.id === "a-filming")?.start?.earliest).toBe(Date.UTC(2016, 9, 1));
    expect(page.fetched.count).toBe(1);
  });
});
