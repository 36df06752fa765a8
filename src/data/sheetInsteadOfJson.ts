import { DatasetError } from "./DatasetError.ts";
import { SAVE_AS_CSV, workbookKind } from "./workbookKind.ts";

/**
 * A text that is not JSON but a spreadsheet saved as CSV or TSV (a `sep=` line, a `#title,…` row, or a
 * first line of cells between separators, not JSON's `"name":`), or a workbook, said plainly with what to
 * do; null for anything else. The parser would only say which character it did not expect.
 */
export function sheetInsteadOfJson(text: string): DatasetError | null {
  const workbook = workbookKind(text);
  if (workbook !== null) return new DatasetError(`The dataset is ${workbook}, not JSON: ${SAVE_AS_CSV}.`);
  const first = /^[^\r\n]*/.exec(text.replace(/^\uFEFF/, "").trimStart())?.[0] ?? "";
  const sepLine = /^"?sep=/i.test(first);
  const cells = /^#\w+[,;\t]/.test(first) || (!/^[[{<]|"\s*:/.test(first) && /([,;\t]).*\1/.test(first));
  if (!sepLine && !cells) return null;
  const [kind, extension] = !sepLine && first.includes("\t") ? ["TSV", "tsv"] : ["CSV", "csv"];
  return new DatasetError(
    `The dataset looks like a spreadsheet saved as ${kind}, not JSON: name it .${extension} and it is read as ` +
      `one, by "Open a dataset…" and by ?data= alike; or convert it to JSON with ` +
      `npm run convert -- sheet.${extension} sheet.json.`,
  );
}
