import { citationPathsInFile } from "../data/citationPathsInFile.ts";
import { parseDataset, type ParsedDataset } from "../data/parseDataset.ts";
import { OF_ITS_OWN } from "./ofItsOwn.ts";
import type { Problem } from "../data/problemLog.ts";
import { csvToDatasetSteps, placeProblem, sheetPath, type SheetHeader } from "./csvToDataset.ts";
import { missingColumns } from "./missingColumns.ts";
import { withoutUnknownColumnsSaid } from "./withoutUnknownColumnsSaid.ts";
import type { OpeningStep } from "./openingStep.ts";
import { runSteps } from "./runSteps.ts";
import { withLines } from "./withLines.ts";

/** A sheet's dataset, with the header it was read by. */
export interface ParsedSheet extends ParsedDataset {
  readonly header: SheetHeader;
  /**
   * Where the dataset's `events[e].citations[c]` quote is in the sheet, for the quote check to name it as
   * the sheet's other problems are: "row 7, column quote".
   */
  readonly quoteAt: (event: number, citation: number) => string;
}

/**
 * A CSV in the spreadsheet layout, validated exactly as a JSON dataset is. Every problem names its row and
 * column; rows with problems are left out and the rest is kept.
 */
export function parseCsvDataset(text: string): ParsedSheet {
  return runSteps(parseCsvDatasetSteps(text));
}

/** parseCsvDataset as steps, for the page to pace: the rows read, then the check. */
export function* parseCsvDatasetSteps(text: string): Generator<OpeningStep, ParsedSheet> {
  const { json, places, problems, omitted, header, lines, lateShows } = yield* csvToDatasetSteps(text);
  yield { kind: "checking", events: Array.isArray(json["events"]) ? json["events"].length : 0 };
  const parsed = parseDataset(json);
  // The dataset drawn may lack events and citations the sheet's JSON has: a quote is found in that JSON first.
  const inJson = citationPathsInFile(json, parsed.dataset);
  // A required column the sheet lacks is said once, at the header, not as an empty cell on every row.
  const kept = new Set(parsed.dataset.shows.map((show) => show.id));
  const place = (problem: Problem) => placeProblem(problem, places, json, kept, lateShows);
  const placed = parsed.problems.map(place);
  const checked = missingColumns(
    pointToSourceProblems(parsed.problems, placed),
    parsed.omitted.map(({ like, count }) => ({ like: place(like), count })),
    header,
  );
  // An unknown column whose rename a lacked column's message says is not said again.
  const sheetProblems = withoutUnknownColumnsSaid(problems, header, checked.said);
  // Each place with its line too, where the rows' numbers and the file's lines part (withLines).
  const lined = (problem: Problem): Problem => ({ ...problem, path: withLines(problem.path, lines) });
  return {
    dataset: parsed.dataset,
    header,
    // "and 3 more like row 101, column start", in the sheet's terms too, not the JSON's events[99].start.
    omitted: [...omitted, ...checked.omitted].map(({ like, count }) => ({ like: lined(like), count })),
    // In row order, as the reader goes through the sheet: the layout's problems and the schema's are found
    // in two passes. Problems of no cell (the file's, the header's, a stray quote's row) come first; the sort is stable within a row.
    problems: [...sheetProblems, ...checked.problems].sort((a, b) => rowOf(a) - rowOf(b)).map(lined),
    quoteAt: (e, c) => withLines(sheetPath(`${inJson(e, c)}.quote`, places), lines),
  };
}

/**
 * A row citing a source left out for its own problem is named at the cell that names the source (its url or
 * source id): it also says where that problem is, since the source's row may be far above ("for a problem
 * of its own at row 2, column published"). `placed` is `problems` in the sheet's terms, in order.
 */
function pointToSourceProblems(problems: readonly Problem[], placed: readonly Problem[]): Problem[] {
  const at = new Map<string, string>();
  problems.forEach((problem, i) => {
    const place = placed[i]?.path;
    if (problem.id !== null && problem.path.startsWith("sources[") && place && !at.has(problem.id))
      at.set(problem.id, place);
  });
  return placed.map((problem) => {
    const id = /^cites source "([^"]*)", /.exec(problem.reason)?.[1];
    const place = id === undefined ? undefined : at.get(id);
    return place === undefined
      ? problem
      : { ...problem, reason: problem.reason.replace(OF_ITS_OWN, `${OF_ITS_OWN} at ${place}`) };
  });
}

/** A cell's problem's first row: "row 7, column start" and "rows 7–9, column show" are row 7. */
const rowOf = (problem: Problem) => Number(/^rows? (\d+)\b.*, column /.exec(problem.path)?.[1] ?? 0);
