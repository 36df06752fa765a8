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
 * likely means it (`renamed`, "Title" for source title).
 */
export const lackedColumn = (column: string, renamed: string | undefined): string =>
  `no "${column}" column, which every ${neededBy(column)} needs: ` +
  (renamed === undefined ? "add it" : `rename "${printable(renamed)}" to "${column}"`);
