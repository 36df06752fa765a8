import { withEdtfGrammar } from "../dates/edtfGrammar.ts";
import { decodeFileText } from "./decodeFileText.ts";
import { parseSheetText } from "./parseSheetText.ts";
import { firstViewLoaded, prepareParsed, type PreparedDataset } from "./prepareDataset.ts";

/**
 * A spreadsheet named by `?data=` (its bytes, read in the encoding a local file is: UTF-8, UTF-16 by its
 * mark, or else Windows-1252) → its dataset, checked as a sheet opened on the page is. Loaded only for a
 * sheet: the CSV reader and the validator cost a JSON dataset's first draw nothing.
 */
export async function prepareSheet(name: string, bytes: Uint8Array): Promise<PreparedDataset> {
  const { text } = decodeFileText(bytes);
  // Where its quotes are is not kept with the page: nothing checks them here, and it holds the whole sheet.
  const { dataset, problems, omitted } = await withEdtfGrammar(() => parseSheetText(name, text));
  return firstViewLoaded(await withEdtfGrammar(() => prepareParsed({ dataset, problems, omitted })));
}
