import Papa from "papaparse";

/** The separators a `sep=` line may name, by name; the reader finds `,`, `;` and tab by itself too. */
export const SEPARATOR_NAMES: Readonly<Record<string, string>> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
  "|": "vertical bar",
};

/**
 * A text's first line `sep=…` (after any BOM): what it names, and its length with its line break. Quoted too
 * (`"sep=;"`), as a sheet saved again writes a cell that holds its separator. Null when there is none.
 */
export function sepLine(text: string): { readonly value: string; readonly length: number } | null {
  const named = /^\uFEFF?(?:"sep=([^"\r\n]*)"|sep=([^\r\n]*))(?:\r\n?|\n|$)/i.exec(text);
  return named ? { value: named[1] ?? named[2] ?? "", length: named[0].length } : null;
}

/**
 * CSV text → rows of cells, as a spreadsheet numbers them (a quoted cell may span lines). Takes what
 * spreadsheets write: a BOM, CRLF or LF, quoted cells with embedded newlines and doubled quotes, and `,`,
 * `;` (European Excel) or tab as the separator, whichever the file uses, or the one of SEPARATOR_NAMES a
 * first line `sep=;` names (which Excel reads, and some tools write for it; that line is not a row).
 */
export function readCsv(text: string): CsvRows {
  let body = text.replace(/^\uFEFF/, "");
  const named = sepLine(body);
  if (named) body = body.slice(named.length);
  const value = named?.value;
  const taken = value !== undefined && Object.hasOwn(SEPARATOR_NAMES, value);
  const separator = taken ? value : separatorOf(body);
  const lf = oneLineBreak(body);
  const { data, errors } = Papa.parse<string[]>(lf ?? body, {
    delimiter: separator,
    skipEmptyLines: false,
    ...(lf === null ? {} : { newline: "\n" }),
  });
  // A final newline is not a row.
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === "") data.pop();
  // The first quote the reader could not make sense of: Papaparse reads on, so later rows may be in its cell.
  const quote = errors.find((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
  // Each row's first line: a row's line breaks are its quoted cells' own (any other ends the row).
  const lines: number[] = [];
  let line = named ? 2 : 1;
  for (const cells of data) {
    lines.push(line);
    for (const cell of cells) line += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
    line += 1;
  }
  return {
    rows: data,
    lines,
    separator,
    unreadSeparator: taken || value === undefined ? null : value,
    strayQuote:
      quote?.row === undefined
        ? null
        : { row: quote.row + 1, closes: quote.code === "MissingQuotes" ? "never" : "inside its cell" },
  };
}

/**
 * The text with every row ending in LF, when its rows end in two kinds of line break of CRLF, LF and a lone
 * CR (else null): rows added to the template (CRLF) in an editor that writes LF, or pasted from an old Mac
 * file (CR). Papaparse takes one line break for the whole file, from its first line, and read every other
 * row as part of a cell of one row. A line break inside a quoted cell is the cell's own (Excel writes LF
 * there in a CRLF file) and is kept as it is.
 */
function oneLineBreak(text: string): string | null {
  const kinds = [/\r\n/, /(?:^|[^\r])\n/, /\r(?!\n)/].filter((kind) => kind.test(text)).length;
  if (kinds < 2) return null;
  // Split at quotes, the even pieces are outside quoted cells (a doubled quote opens and closes an empty piece).
  return text
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? piece.replace(/\r\n?/g, "\n") : piece))
    .join('"');
}

/** A CSV file's rows of cells. */
export interface CsvRows {
  readonly rows: string[][];
  /**
   * Each row's first line in the file, from 1: a row's number and its line differ after a quoted cell that
   * spans lines (or a `sep=` line), where a text editor counts lines and a spreadsheet rows.
   */
  readonly lines: readonly number[];
  /** The separator the cells were split at: `,`, `;`, tab, or `|` when a `sep=` line names it. */
  readonly separator: string;
  /**
   * What a first line `sep=…` named that is none of SEPARATOR_NAMES (an odd character, several, none): the
   * cells were split at the separator the header uses instead. Null when there is no such line.
   */
  readonly unreadSeparator: string | null;
  /**
   * The first cell whose quote does not close where the cell ends, by its row (from 1): one that never
   * closes swallows the rest of the file, and one that closes inside its cell (`"Said in May` whose quote is
   * closed by the next row's `"Said…`) reads on to the next quote, rows and all. The reader must be told, or
   * it only sees rows go missing. Null when every quote closes at its cell's end.
   */
  readonly strayQuote: { readonly row: number; readonly closes: "never" | "inside its cell" } | null;
}

/**
 * The separator, from the header: the one of `,` `;` tab that occurs most on its line outside quotes. The
 * `#` rows above it, and lines with none of them (a title typed in A1), are passed over: a title such as `#title;Stranger Things, and more` (European Excel
 * quotes no comma) would tie. (Papaparse's own guess compares rows' lengths, which the `#` rows throw off.)
 */
function separatorOf(text: string): string {
  let counts = new Map<string, number>();
  let quoted = false;
  let lineStart = true;
  let datasetRow = false;
  for (const char of text) {
    if (lineStart) {
      if (char === "\n" || char === "\r") continue;
      datasetRow = char === "#";
      counts = new Map();
      lineStart = false;
    }
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      // A line with no separator at all (a title typed in A1 above the header) says nothing either.
      if (!datasetRow && counts.size > 0) break;
      lineStart = true;
    } else if (!quoted && (char === "," || char === ";" || char === "\t"))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}
