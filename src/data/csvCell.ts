import { isSpreadsheetError } from "./spreadsheetError.ts";

/** A cell a spreadsheet would run as a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Also escaped: a cell that would look escaped (`'=1` typed by the author), so unescaping is exact. */
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * Escaped like a formula, or a cell that would look escaped: an error's text (`#N/A`), which the reader
 * takes for a formula's leftover unless it is escaped.
 */
const needsEscape = (value: string) =>
  FORMULA_START.test(value) || ESCAPED.test(value) || isSpreadsheetError(value.replace(/^'+/, ""));

/**
 * One CSV cell, safe to open in any spreadsheet. A formula-like start gets OWASP's leading `'`; then the
 * cell is quoted if it holds a quote, a newline, or any separator a reader's Excel might split on (`,` in
 * most locales, `;` in much of Europe, tab), since the writer cannot know which one the reader uses.
 */
export function csvCell(value: string): string {
  const safe = needsEscape(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Undoes exactly the escape csvCell adds: one `'` is dropped only where `'`s then a formula
 * character start the cell, or `'`s then an error's text are the whole cell.
 */
export function uncsvCell(value: string): string {
  return value.startsWith("'") && needsEscape(value.slice(1)) ? value.slice(1) : value;
}
