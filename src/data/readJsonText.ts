import { DatasetError } from "./DatasetError.ts";
import { parseJsonText } from "./parseJsonText.ts";

/**
 * A fetched file's text → its JSON value, as parseJsonText(); when it is not JSON, the slip of hand-editing
 * said in plain words too, or what the file is instead (notJson), as for a file opened on the page. The
 * words load only then: a good file's first draw pays nothing for them.
 */
export async function readJsonText(text: string): Promise<unknown> {
  // The parser's message, kept as the text is parsed: the slip is found without parsing it again.
  let refused: string | undefined;
  try {
    return parseJsonText(text, (_, message) => ((refused = message), null));
  } catch (error) {
    if (refused === undefined) throw error;
    const { notJson } = await import("./notJson.ts");
    const slip = notJson(text, refused);
    if (slip instanceof DatasetError) throw slip;

    throw slip === null ? error : new DatasetError(`${(error as Error).message}. ${slip}`);
  }
}
