import { COLUMNS } from "../data/csvLayout.ts";
import { printable } from "../data/printable.ts";

const BY_HEADER = new Map(COLUMNS.map((column) => [column.header, column]));

/** What needs a column: a source, an event, or a row (its quote: each row is one citation). */
export function neededBy(column: string): "source" | "event" | "row" {
  const level = BY_HEADER.get(column)?.level;
  return level === "source" ? "source" : level === "event" ? "event" : "row";
}

/**
 * A required column a sheet lacks, in words, with what to do: add it, or rename the sheet's column that
 * likely means it (`meant`: "Title" for source title). A column likely meaning two lacked ones ("Title"
 * for label and source title) can be only one of them: the choice is the author's, and both are said.
 */
export function lackedColumn(column: string, meant: ReadonlyMap<string, string>): string {
  const renamed = meant.get(column);
  const lacks = `no "${column}" column, which every ${neededBy(column)} needs: `;
  if (renamed === undefined) return lacks + "add it";
  const others = [...meant].filter(([key, name]) => name === renamed && key !== column);
  return others.length === 0
    ? lacks + `rename "${printable(renamed)}" to "${column}"`
    : lacks +
        `rename "${printable(renamed)}" to "${column}" if that is what it holds, or add it ("${printable(renamed)}" ` +
        `may be the ${others.map(([key]) => `"${key}"`).join(" or ")} the sheet lacks too)`;
}
