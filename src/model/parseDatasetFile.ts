import { citationPathsInFile } from "../data/citationPathsInFile.ts";
import { DatasetError } from "../data/DatasetError.ts";
import { SAVE_AS_CSV, WORKBOOK_NAME } from "../data/workbookKind.ts";
import { duplicateKeys } from "../data/duplicateKeys.ts";
import { notJson } from "../data/notJson.ts";
import { parseDataset, type ParsedDataset } from "../data/parseDataset.ts";
import { parseJsonText } from "../data/parseJsonText.ts";
import type { OpeningStep } from "./openingStep.ts";
import { isSheetName, parseSheetTextSteps } from "./parseSheetText.ts";
import { runSteps } from "./runSteps.ts";

/** A dataset file read, and where each quote it keeps is in it. */
export interface ParsedFile extends ParsedDataset {
  /**
   * Where the dataset's `events[e].citations[c]` quote is in the file, for the quote check to say: its JSON
   * path in the file (events and citations left out before it move it), or a sheet's row and column.
   */
  readonly quoteAt: (event: number, citation: number) => string;
}

/**
 * A dataset file by its name: a spreadsheet (.csv, .tsv) in the spreadsheet layout, whatever its separator,
 * and anything else as JSON. As the page opens a file and check:data checks one.
 */
export function parseDatasetFile(name: string, text: string): ParsedFile {
  return runSteps(parseDatasetFileSteps(name, text));
}

/** parseDatasetFile as steps, for the page to pace: a sheet's rows, then the check. */
export function* parseDatasetFileSteps(name: string, text: string): Generator<OpeningStep, ParsedFile> {
  if (isSheetName(name)) return yield* parseSheetTextSteps(name, text);
  // Named as one, it is told as the page tells it, not as a file that is not JSON.
  if (WORKBOOK_NAME.test(name))
    throw new DatasetError(`${name} is a spreadsheet workbook, not CSV: ${SAVE_AS_CSV}.`);
  const json = parseJsonText(text, notJson);
  const events = typeof json === "object" && json !== null && "events" in json ? json.events : null;
  const checking: OpeningStep = { kind: "checking", events: Array.isArray(events) ? events.length : 0 };
  yield checking;
  const parsed = parseDataset(json);
  // Opened, a file of no events would replace the timeline with none, and say every event was left out:
  // refused as a sheet of no rows is.
  if (Array.isArray(events) && events.length === 0)
    throw new DatasetError(`${name} has no events: its "events" list is empty.`);
  const inFile = citationPathsInFile(json, parsed.dataset);
  // JSON.parse kept the last of a key given twice without a word: the text is read again to say so, in a
  // step of its own (about as long as the parse).
  yield checking;
  const twice = duplicateKeys(text);
  return {
    ...parsed,
    problems: [...twice.problems, ...parsed.problems],
    omitted: [...twice.omitted, ...parsed.omitted],
    quoteAt: (e, c) => `${inFile(e, c)}.quote`,
  };
}
