import type { FileEncoding } from "./decodeFileText.ts";
import { isArticleText } from "./isArticleText.ts";

/**
 * Whether a file is a sheet saved as tab-separated text named `.txt`, which the page would take for an
 * article and the scripts for JSON.
 */
export function isTabSeparatedTxt(name: string, text: string): boolean {
  const [first = ""] = text.replace(/^\uFEFF/, "").split("\n", 1);
  return /\.txt$/i.test(name) && !isArticleText(text) && first.includes("\t");
}

/**
 * What such a file is, told by its encoding (absent: UTF-8): Excel saves "Unicode Text" as UTF-16, and
 * "Text (Tab delimited)" in the system's code page (Windows-1252 on a Western Windows); UTF-8 is any other
 * program's tab-separated export (LibreOffice, Numbers, a script), named by what it is.
 */
const SAVED_AS: Readonly<Record<FileEncoding["name"], string>> = {
  "UTF-16": 'a spreadsheet saved as "Unicode Text"',
  "Windows-1252": 'a spreadsheet saved as "Text (Tab delimited)"',
  "UTF-8": "a spreadsheet saved as tab-separated text",
};

/** What to do with such a file, said alike by the page and the scripts; `taken` is what a .txt is read as there. */
export const renameTabSeparatedTxt = (
  name: string,
  encoding: FileEncoding | undefined,
  taken: string,
): string =>
  `${name} looks like ${SAVED_AS[encoding?.name ?? "UTF-8"]} (.txt is read as ${taken}): rename it to .tsv`;
