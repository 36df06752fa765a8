import { DatasetError } from "./DatasetError.ts";

/** A dataset file's text → its JSON value; a DatasetError that says why when it is empty or not JSON. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === "") throw new DatasetError("The dataset file is empty.");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`The dataset is not valid JSON: ${(error as Error).message}`);
  }
}
