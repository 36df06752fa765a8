import { expect, it } from "vitest";
import { readingWords } from "../../src/model/readingWords.ts";

it("readingWords() names one file, counts several, and gives the size only when it explains a wait", () => {
  expect(readingWords([{ name: "mine.json", size: 40_000 }])).toBe("Reading mine.json…");
  // In MB of 2^20 bytes, as the size cap is: a file just under "40 MB" is never said to be 42.
  expect(readingWords([{ name: "sheet.csv", size: 2_600_000 }])).toBe("Reading sheet.csv (2 MB)…");
  expect(readingWords([{ name: "big.csv", size: 41_900_000 }])).toBe(
    "Reading big.csv (40 MB)…: a file this large takes a few seconds",
  );
  expect(
    readingWords([
      { name: "sheet.csv", size: 17_400_000 },
      { name: "a.txt", size: 9_000 },
    ]),
  ).toBe("Reading 2 files (17 MB)…: a file this large takes a few seconds");
});

it("readingWords() says how far a large sheet has got, in quarters of its rows, then the check and the chart", () => {
  const sheet = [{ name: "timeline.csv", size: 18_500_000 }];
  expect(readingWords(sheet, { kind: "split" })).toBe(
    "Reading timeline.csv (18 MB)…: a file this large takes a few seconds",
  );
  expect(readingWords(sheet, { kind: "rows", done: 0, total: 100_000 })).toBe(
    "Reading timeline.csv (18 MB): the sheet's 100,000 rows…",
  );
  // In quarters, so that a screen reader is not told every pause.
  expect(readingWords(sheet, { kind: "rows", done: 24_000, total: 100_000 })).toBe(
    "Reading timeline.csv (18 MB): the sheet's 100,000 rows…",
  );
  expect(readingWords(sheet, { kind: "rows", done: 74_000, total: 100_000 })).toBe(
    "Reading timeline.csv (18 MB): 50% of the sheet's 100,000 rows…",
  );
  expect(readingWords(sheet, { kind: "checking", events: 100_000 })).toBe("Checking 100,000 events…");
  expect(readingWords(sheet, { kind: "preparing", events: 1 })).toBe("Preparing the chart of 1 event…");
  expect(readingWords(sheet, { kind: "preparing", events: 100_000 })).toBe(
    "Preparing the chart of 100,000 events…",
  );
});
