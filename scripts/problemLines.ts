import type { ParsedDataset, Problem } from "../src/data/parseDataset.ts";
import { problemsByEffect } from "../src/data/problemsByEffect.ts";
import { groupDigits } from "../src/model/groupDigits.ts";
import { counted } from "../src/model/counted.ts";

/** A parsed dataset's problems as the scripts print them: one line each, then a line per kind cut short. */
export interface ProblemLines {
  readonly lines: string[];
  /** How many problems the lines stand for: an "and 900 more like" line is 900 of them, not one. */
  readonly count: number;
  /** How many of them kept their item on the page (a look-alike host, a colour ignored): still problems. */
  readonly kept: number;
}

/** Said after a problem whose item the page draws all the same, as the page lists it apart. */
const KEPT = " (kept: shown, but worth checking)";

/** A problem's reason, and whether its item is still drawn. */
const reasonSaid = (p: Problem) => `${p.reason}${p.effect === "kept" ? KEPT : ""}`;

/** One problem as a line: the file, its path and id, its reason, and whether its item is still drawn. */
export const problemLine = (file: string, p: Problem) =>
  `${file}: ${p.path}${p.id ? ` (${p.id})` : ""}: ${reasonSaid(p)}`;

export function problemLines(file: string, { problems, omitted }: ParsedDataset): ProblemLines {
  const lines = problems.map((p) => problemLine(file, p));
  for (const { like, count } of omitted)
    lines.push(`${file}: and ${groupDigits(count)} more like ${like.path}: ${reasonSaid(like)}`);
  const { "left out": leftOut, kept } = problemsByEffect(problems, omitted);
  return { lines, count: leftOut.total + kept.total, kept: kept.total };
}

/** "3 problems", and how many of them kept their item: "3 problems (1 kept, worth checking)". */
export function problemsSaid(count: number, kept: number): string {
  const said = counted(count, "problem");
  return kept === 0 ? said : `${said} (${groupDigits(kept)} kept, worth checking)`;
}
