import { parseJsonText } from "./parseJsonText.ts";

/**
 * A fetched file's text → its JSON value, as parseJsonText(); when it is not JSON, the slip of hand-editing
 * said in plain words too (jsonSlip), as for a file opened on the page. The words load only then: a good
 * file's first draw pays nothing for them.
 */
export async function readJsonText(text: string): Promise<unknown> {
  try {
    return parseJsonText(text);
  } catch (error) {
    if (text.trim() === "") throw error;
    const { jsonSlip } = await import("./jsonSlip.ts");
    return parseJsonText(text, jsonSlip);
  }
}
