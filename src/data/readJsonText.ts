import { parseJsonText } from "./parseJsonText.ts";

/**
 * A fetched file's text → its JSON value, as parseJsonText(); when it is not JSON, what notJson makes of it
 * (a slip of hand-editing, a file cut short, another kind of file) said in plain words instead of the
 * parser's message, as for a file opened on the page. The words load only then: a good file's first draw
 * pays nothing for them.
 */
export async function readJsonText(text: string): Promise<unknown> {
  // The parser's message, kept as the text is parsed: the slip is found without parsing it again.
  let refused: string | undefined;
  try {
    return parseJsonText(text, (_, message) => ((refused = message), null));
  } catch (error) {
    if (refused === undefined) throw error;
    const { notJson } = await import("./notJson.ts");
    throw notJson(text, refused) ?? error;
  }
}
