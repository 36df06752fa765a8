/** A place's rows: "row 4", "rows 2–4 and 7" or "rows 2, 5 and 3 more", before its column if any. */
const ROWS = /^(rows? )(.+?)(?=, column |$)/;

/**
 * A sheet's place with its lines too where they are not its rows' numbers: "row 4 (line 5), column start".
 * A quoted cell that spans lines (a quote's own line break, or one a stray quote swallowed) makes the rows
 * after it one line further down each time: a spreadsheet numbers rows, a text editor lines, and a reader
 * looking for "row 4" in either must find the same row. `lines` is each row's first line, by the row's
 * index from 0.
 */
export function withLines(path: string, lines: readonly number[]): string {
  const found = ROWS.exec(path);
  if (!found) return path;
  const [all, word = "", rows = ""] = found;
  let differs = false;
  // A number followed by "more" counts rows, and is no row.
  const said = rows.replace(/\d+(?!\d| more)/g, (row) => {
    const line = lines[Number(row) - 1] ?? Number(row);
    if (line !== Number(row)) differs = true;
    return String(line);
  });
  if (!differs) return path;
  const lineWord = word === "row " ? "line" : "lines";
  return `${all} (${lineWord} ${said})${path.slice(all.length)}`;
}
