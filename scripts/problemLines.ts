import type { ParsedDataset } from "../src/data/parseDataset.ts";
import { groupDigits } from "../src/model/groupDigits.ts";

/** A parsed dataset's problems as the scripts print them: one line each, then a line per kind cut short. */
export interface ProblemLines {
  readonly lines: string[];
  /** How many problems the lines stand for: an "and 900 more like" line is 900 of them, not one. */
  readonly count: number;
}

export function problemLines(file: string, { problems, omitted }: ParsedDataset): ProblemLines {
  const lines = problems.map((p) => `${file}: ${p.path}${p.id ? ` (${p.id})` : ""}: ${p.reason}`);
  for (const { like, count } of omitted)
    lines.push(`${file}: and ${groupDigits(count)} more like ${like.path}: ${like.reason}`);
  return { lines, count: problems.length + omitted.reduce((sum, { count }) => sum + count, 0) };
}
