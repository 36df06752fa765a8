import { DatasetError } from "./DatasetError.ts";
import { fileLooksLike } from "./fileLooksLike.ts";
import { jsonSlip } from "./jsonSlip.ts";
import type { NotJson } from "./parseJsonText.ts";
import { sheetInsteadOfJson } from "./sheetInsteadOfJson.ts";
import { workbookKind } from "./workbookKind.ts";

/**
 * What a text the JSON parser refused is: another kind of file, or a spreadsheet (either said instead), or
 * JSON with a slip (said after).
 */
export const notJson = (text: string, message: string): NotJson =>
  otherFile(text) ?? sheetInsteadOfJson(text) ?? jsonSlip(text, message);

/** A web page, an image, a script…: said plainly, with what to give instead, not the parser's "<". */
function otherFile(text: string): DatasetError | null {
  // A workbook's bytes look binary: sheetInsteadOfJson names it, with how to save it as CSV.
  if (workbookKind(text) !== null) return null;
  const looks = fileLooksLike(text);
  if (looks === null) return null;
  const advice = looks.startsWith("a web page")
    ? "A server may have sent its error page, or the address is of a page that shows the file rather than " +
      "of the file itself (on GitHub, its Raw link)"
    : looks.startsWith("text in UTF-16")
      ? "Save it as UTF-8 (or as UTF-16 with its byte order mark)"
      : "Give the dataset's own .json file, or a spreadsheet saved as .csv";
  // "binary data, not text" says what it is not already.
  return new DatasetError(
    `The dataset looks like ${looks}${looks.includes(", not ") ? "" : ", not JSON"}. ${advice}.`,
  );
}
