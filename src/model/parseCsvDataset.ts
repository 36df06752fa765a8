import { parseDataset, type ParsedDataset } from "../data/parseDataset.ts";
import { csvToDataset, placeProblem } from "./csvToDataset.ts";

/**
 * A CSV in the spreadsheet layout, validated exactly as a JSON dataset is. Every problem names its row and
 * column; rows with problems are left out and the rest is kept.
 */
export function parseCsvDataset(text: string): ParsedDataset {
  const { json, places, problems } = csvToDataset(text);
  const parsed = parseDataset(json);
  return {
    dataset: parsed.dataset,
    omitted: parsed.omitted,
    problems: [...problems, ...parsed.problems.map((problem) => placeProblem(problem, places))],
  };
}
