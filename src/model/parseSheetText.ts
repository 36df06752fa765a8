import { DatasetError } from "../data/DatasetError.ts";
import type { ParsedDataset } from "../data/parseDataset.ts";
import { SAVE_AS_CSV, workbookKind } from "../data/workbookKind.ts";
import { parseCsvDataset } from "./parseCsvDataset.ts";

/** A spreadsheet's name: .csv, or .tsv as Google Sheets names its tab-separated download. */
export const isSheetName = (name: string): boolean => /\.(csv|tsv)$/i.test(name);

/**
 * A spreadsheet's text → its dataset, as a file opened on the page, a `?data=` sheet and the scripts read it.
 * An empty sheet is refused as an empty .json is, before its missing columns are listed as problems, and so
 * is a workbook in the sheet's place, before its bytes are read as a header.
 */
export function parseSheetText(name: string, text: string): ParsedDataset {
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new DatasetError(`${name} is empty.`);
  const workbook = workbookKind(text);
  if (workbook !== null) throw new DatasetError(`${name} is ${workbook}, not CSV: ${SAVE_AS_CSV}.`);
  const parsed = parseCsvDataset(text);
  if (parsed.dataset.events.length === 0 && parsed.problems.length === 0) {
    throw new DatasetError(`${name} has no rows under its header.`);
  }
  return parsed;
}
