import { DatasetError } from "./DatasetError.ts";
import { printable } from "./printable.ts";

/**
 * What `explain` makes of a text that is not JSON: the error to throw instead of the parser's message, in
 * plain words (a slip of hand-editing, a file cut short, a spreadsheet: notJson); null when it cannot tell.
 */
export type NotJson = DatasetError | null;

/**
 * A dataset file's text → its JSON value; a DatasetError that says why when it is empty or not JSON: what
 * `explain` makes of it (notJson, where it is worth its bytes: not before the first draw), or else the
 * parser's own message.
 */
export function parseJsonText(text: string, explain?: (text: string, message: string) => NotJson): unknown {
  if (text.trim() === "") throw new DatasetError("The dataset file is empty.");
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the text around the error: a binary file's controls are made visible.
    const message = (error as Error).message;
    const said = explain?.(text, message);
    if (said) throw said;
    throw new DatasetError(
      `The dataset is not valid JSON: ${printable(message, 300)}${lineOf(text, message)}`,
    );
  }
}

/**
 * Where the error is as an editor shows it, when the parser gave only an offset (Node and older browsers say
 * "at position 10240", which no editor can go to).
 */
function lineOf(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined || /\bline \d+/.test(message)) return "";
  const before = text.slice(0, Number(position)).split(/\r\n|\r|\n/);
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}
