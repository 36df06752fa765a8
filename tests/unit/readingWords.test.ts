import { expect, it } from "vitest";
import { readingWords } from "../../src/model/readingWords.ts";

it("readingWords() names one file, counts several, and gives the size only when it explains a wait", () => {
  expect(readingWords([{ name: "mine.json", size: 40_000 }])).toBe("Reading mine.json…");
  expect(readingWords([{ name: "sheet.csv", size: 2_600_000 }])).toBe("Reading sheet.csv (3 MB)…");
  expect(
    readingWords([
      { name: "sheet.csv", size: 17_400_000 },
      { name: "a.txt", size: 9_000 },
    ]),
  ).toBe("Reading 2 files (17 MB)…: a file this large holds the page for a few seconds");
});
