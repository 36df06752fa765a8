import { isArticleText } from "./isArticleText.ts";

/**
 * Whether a file is a sheet Excel saved as "Unicode Text": tab-separated, named `.txt`, which the page would
 * take for an article and the scripts for JSON.
 */
export function isUnicodeTextSheet(name: string, text: string): boolean {
  const [first = ""] = text.replace(/^\uFEFF/, "").split("\n", 1);
  return /\.txt$/i.test(name) && !isArticleText(text) && first.includes("\t");
}

/** What to do with such a file, said alike by the page and the scripts; `taken` is what a .txt is read as there. */
export const renameUnicodeText = (name: string, taken: string): string =>
  `${name} looks like a spreadsheet saved as "Unicode Text" (.txt is read as ${taken}): rename it to .tsv`;
