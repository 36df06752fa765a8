import { DatasetError } from "./DatasetError.ts";
import { fileLooksLike } from "./fileLooksLike.ts";
import { cutShort } from "./cutShort.ts";
import { jsonSlip } from "./jsonSlip.ts";
import type { NotJson } from "./parseJsonText.ts";
import { sheetInsteadOfJson } from "./sheetInsteadOfJson.ts";
import { workbookKind } from "./workbookKind.ts";

/**
 * What a text the JSON parser refused is, said instead of the parser's message: another kind of file, a
 * spreadsheet, JSON with a slip of hand-editing, or JSON cut short. Null when it is none of these: the
 * parser's message is all there is to say.
 */
export function notJson(text: string, message: string): NotJson {
  const other = otherFile(text) ?? sheetInsteadOfJson(text);
  if (other !== null) return other;
  // The plain words say where and what to do: the parser's excerpt of the text ("…\u{A}  ]…") adds nothing.
  const slip = jsonSlip(text, message) ?? cutShort(text, message);
  return slip === null ? null : new DatasetError(`The dataset is not valid JSON. ${slip}`);
}

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
