import { OF_ITS_OWN } from "./ofItsOwn.ts";
import { MISSING } from "../data/plainIssue.ts";
import type { OmittedProblems, Problem } from "../data/problemLog.ts";
import { counted } from "./counted.ts";
import { lackedColumn, neededBy } from "./lackedColumn.ts";
import { rowsWords, type SheetHeader } from "./csvToDataset.ts";

/** A mapped problem's place: "rows 3–5, column source title" is rows 3 to 5 of that column. */
const PLACE = /^rows? ([^,]+(?:, [^,]+)*?), column (.+)$/;

/** The rows a place names: "3–5" is 3, 4 and 5; "2, 7 and 12 more" is 2 and 7 (the rest are not named). */
function rowsOf(words: string): number[] {
  const rows: number[] = [];
  for (const [, from, to] of words.replace(/ and \d+ more$/, "").matchAll(/(\d+)(?:–(\d+))?/g)) {
    for (let row = Number(from); row <= Number(to ?? from); row += 1) rows.push(row);
  }
  return rows;
}

/**
 * A required column the sheet has none of, said once at its header rather than as an empty cell on every
 * row (a sheet of 300 rows without `source title` got 100 messages and "and 200 more like this"): which
 * column to add, and the rows it cost. Other problems pass as they are; `said` names the columns told.
 */
export function missingColumns(
  problems: readonly Problem[],
  omitted: readonly OmittedProblems[],
  header: SheetHeader,
): { problems: Problem[]; omitted: OmittedProblems[]; said: string[] } {
  const lacked = (problem: Problem) => {
    const column = PLACE.exec(problem.path)?.[2];
    // A url column lacked is told at the header already, with where an article goes (csvToDataset), unless
    // a column of another name likely means it.
    return column !== undefined &&
      (column !== "url" || header.meant.has("url")) &&
      problem.reason.startsWith(MISSING) &&
      header.lacks.includes(column)
      ? column
      : undefined;
  };
  const byColumn = new Map<
    string,
    {
      items: "source" | "event" | "row";
      rows: Set<number>;
      count: number;
      more: boolean;
      effect: Problem["effect"];
    }
  >();
  const tallyOf = (column: string, effect: Problem["effect"]) => {
    const items = neededBy(column);
    const tally = byColumn.get(column) ?? { items, rows: new Set(), count: 0, more: false, effect };
    byColumn.set(column, tally);
    return tally;
  };
  // Sources left out for a lacked column: a row citing one is told so by the column's message, not again.
  const refused = new Set<string>();
  const citesRefused = (problem: Problem) =>
    [...refused].some((id) => problem.reason.startsWith(`cites source "${id}", ${OF_ITS_OWN}`));
  const kept = problems.filter((problem) => {
    const column = lacked(problem);
    if (column === undefined) return true;
    const tally = tallyOf(column, problem.effect);
    tally.count += 1;
    for (const row of rowsOf(PLACE.exec(problem.path)?.[1] ?? "")) tally.rows.add(row);
    if (tally.items === "source" && problem.id !== null) refused.add(problem.id);
    return false;
  });
  // Problems beyond the log's cap are only counted (`like` is one of those kept, above).
  const keptOmitted = omitted.filter(({ like, count }) => {
    const column = lacked(like);
    if (column === undefined) return !citesRefused(like);
    const tally = tallyOf(column, like.effect);
    tally.count += count;
    tally.more = true;
    return false;
  });
  const said = [...byColumn].map(([column, { items, rows, count, more, effect }]): Problem => {
    // Each is named at its first row (its other rows say nothing of it); past the cap, only the first.
    const sorted = [...rows].sort((a, b) => a - b);
    const at = more ? `the first at row ${sorted[0] ?? header.row + 1}` : `at ${rowsWords(sorted)}`;
    return {
      id: null,
      path: `row ${header.row}`,
      reason:
        `${lackedColumn(column, header.meant)} ` +
        `(${counted(count, items)} ${effect === "left out" ? "left out" : "kept"} for want of it, ${at}` +
        `${items === "source" ? ", and so every row citing one" : ""})`,
      effect,
    };
  });
  return {
    problems: [...said, ...kept.filter((problem) => !citesRefused(problem))],
    omitted: keptOmitted,
    said: [...byColumn.keys()],
  };
}
