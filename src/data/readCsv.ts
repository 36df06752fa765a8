import Papa from "papaparse";

/**
 * CSV text → rows of cells, as a spreadsheet numbers them (a quoted cell may span lines). Takes what
 * spreadsheets write: a BOM, CRLF or LF, quoted cells with embedded newlines and doubled quotes, and `,`,
 * `;` (European Excel) or tab as the separator, whichever the file uses.
 */
export function readCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const { data } = Papa.parse<string[]>(body, {
    delimiter: separatorOf(body),
    skipEmptyLines: false,
  });
  // A final newline is not a row.
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === "") data.pop();
  return data;
}

/**
 * The separator, from the first line: the one of `,` `;` tab that occurs most there outside quotes.
 * (Papaparse's own guess compares rows' lengths, which the `#` rows above the header throw off.)
 */
function separatorOf(text: string): string {
  const counts = new Map([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}
