import { DatasetError } from "../data/DatasetError.ts";
import { fileLooksLike } from "../data/fileLooksLike.ts";
import { jsonInsteadOfSheet } from "../data/jsonInsteadOfSheet.ts";
import { printable } from "../data/printable.ts";
import { SEPARATOR_NAMES, sepLine } from "../data/readCsv.ts";
import { SAVE_AS_CSV, workbookKind } from "../data/workbookKind.ts";
import type { SheetHeader } from "./csvToDataset.ts";
import type { OpeningStep } from "./openingStep.ts";
import { parseCsvDatasetSteps, type ParsedSheet } from "./parseCsvDataset.ts";
import { runSteps } from "./runSteps.ts";

/** A spreadsheet's name: .csv, or .tsv as Google Sheets names its tab-separated download. */
export const isSheetName = (name: string): boolean => /\.(csv|tsv)$/i.test(name);

/**
 * A spreadsheet's text → its dataset, as a file opened on the page, a `?data=` sheet and the scripts read it.
 * An empty sheet is refused as an empty .json is, before its missing columns are listed as problems, and so
 * is a workbook in the sheet's place, before its bytes are read as a header, and a file whose header names
 * no column (a web page, an image, text in another encoding): opened, it would replace the timeline with
 * none, and its problems would name its bytes as unknown columns, never what the file is.
 */
export function parseSheetText(name: string, text: string): Omit<ParsedSheet, "header"> {
  return runSteps(parseSheetTextSteps(name, text));
}

/** parseSheetText as steps, for the page to pace (parseCsvDatasetSteps). */
export function* parseSheetTextSteps(
  name: string,
  text: string,
): Generator<OpeningStep, Omit<ParsedSheet, "header">> {
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new DatasetError(`${name} is empty.`);
  const workbook = workbookKind(text);
  if (workbook !== null) throw new DatasetError(`${name} is ${workbook}, not CSV: ${SAVE_AS_CSV}.`);
  const { header, ...parsed } = yield* parseCsvDatasetSteps(text);
  if (header.known === 0) throw noColumns(name, text, header);
  if (parsed.dataset.events.length === 0 && parsed.problems.length === 0) {
    throw new DatasetError(`${name} has no rows under its header.`);
  }
  return parsed;
}

/** A sheet whose header names no column: what the file looks like, when that can be told, or its header. */
function noColumns(name: string, text: string, header: SheetHeader): DatasetError {
  const json = jsonInsteadOfSheet(name, text);
  if (json !== null) return json;
  const looks = fileLooksLike(text);
  if (looks !== null)
    return new DatasetError(
      `${name} looks like ${looks}, not a spreadsheet saved as CSV: open your sheet and ${SAVE_AS_CSV}.`,
    );
  const cells = header.cells.filter((cell) => cell !== "");
  // Only blank rows (a blank sheet Excel saved as ",,,"), or only # rows: there is no header to quote.
  if (cells.length === 0)
    return new DatasetError(
      `${name} has no header row: below any #title and #show rows, the first row names the columns, such as ` +
        "show, label, start, url and quote, as in the template (public/data/template.csv).",
    );
  // A sep= line naming another separator than the header's: the header is one cell, split at nothing.
  const sep = sepLine(text)?.value;
  const used = Object.keys(SEPARATOR_NAMES).find((c) => c !== sep && (cells[0] ?? "").includes(c));
  if (sep !== undefined && cells.length === 1 && used !== undefined)
    return new DatasetError(
      `${name} has a first line ${sepWords(sep, '"')}, but its header is split by ` +
        `${SEPARATOR_NAMES[used] ?? used}s, so it was read as one column: correct that line ` +
        `(${sepWords(used)}), or delete it.`,
    );
  const where = header.row === 1 ? "its first row" : `row ${header.row}, its header`;
  const named = ` (${cells
    .slice(0, 3)
    .map((cell) => `"${printable(cell, 30)}"`)
    .join(", ")}${cells.length > 3 ? ", …" : ""})`;
  return new DatasetError(
    `${name} has no known column in ${where}${named}: the first row names the columns, such as show, label, ` +
      "start, url and quote, as in the template (public/data/template.csv).",
  );
}

/** A `sep=` line in words: a tab said as one, not as an escape; `quote` around the line as written. */
const sepWords = (separator: string, quote = ""): string =>
  separator === "\t" ? `${quote}sep=${quote} and a tab` : `${quote}sep=${printable(separator, 20)}${quote}`;
