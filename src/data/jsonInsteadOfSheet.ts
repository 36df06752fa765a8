import { DatasetError } from "./DatasetError.ts";

/**
 * A JSON dataset given as a sheet (named .csv or .tsv): its first characters are JSON's `{"…` or `[{…`, not
 * a header of cells; said with what to do, as sheetInsteadOfJson says the reverse. Null for anything else.
 */
export function jsonInsteadOfSheet(name: string, text: string): DatasetError | null {
  if (!/^\s*(?:\{\s*["}]|\[\s*[[{"\]\d-])/.test(text.replace(/^\uFEFF/, "").slice(0, 512))) return null;
  return new DatasetError(
    `${name} looks like JSON, not a spreadsheet saved as CSV: name it .json and it is read as one, by ` +
      `"Open a dataset…" and by ?data= alike.`,
  );
}
