import { DatasetError } from "./DatasetError.ts";
import { printable } from "./printable.ts";

/** A dataset file's text → its JSON value; a DatasetError that says why when it is empty or not JSON. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === "") throw new DatasetError("The dataset file is empty.");
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the text around the error: a binary file's controls are made visible.
    throw new DatasetError(`The dataset is not valid JSON: ${printable((error as Error).message, 300)}`);
  }
}
