import { counted } from "./counted.ts";
import { lackedColumn } from "./lackedColumn.ts";
import { REQUIRED_COLUMNS } from "./requiredColumns.ts";
import { wordList } from "./wordList.ts";
import { seasonAdvice } from "./seasonAdvice.ts";
import type { OpeningStep } from "./openingStep.ts";
import { runSteps } from "./runSteps.ts";
import { cellPlaces, type CellPlace, type CellPlaces } from "./cellPlaces.ts";
import { uncsvCell } from "../data/csvCell.ts";
import {
  COLUMNS,
  META,
  SHOW_FIELDS,
  SHOW_ROW,
  fieldOf,
  columnKey,
  headerKey,
  setValueAt,
  valueAt,
  type Column,
  type ColumnLevel,
} from "../data/csvLayout.ts";
import { HEADER_SYNONYMS } from "../data/headerSynonyms.ts";
import { nearestId } from "../data/nearestId.ts";
import { urlMeant } from "../data/urlMeant.ts";
import { EVENT_LEFT_OUT, FIRST_USED_AT, RELATION_LEFT_OUT, type Problem } from "../data/parseDataset.ts";
import { ProblemLog, type OmittedProblems } from "../data/problemLog.ts";
import { MISSING, NOT_A_WORD, NOT_IN_RANGE, NOT_TRUE } from "../data/plainIssue.ts";
import { idCouldBe, slug } from "../data/slug.ts";
import { printable } from "../data/printable.ts";
import { printablePair } from "../data/printablePair.ts";
import { showTitleKey } from "../data/showTitleKey.ts";
import { readCsv, SEPARATOR_NAMES } from "../data/readCsv.ts";
import { spreadsheetDate } from "../data/spreadsheetDate.ts";
import { EVENT_KINDS } from "../data/vocabulary.ts";
import { isSpreadsheetError } from "../data/spreadsheetError.ts";
import { NOT_AN_ID, NOT_A_DAY, NOT_A_URL, NOT_EDTF, OUTCOME_WITHOUT_DATE } from "../data/schema.ts";

export interface CsvDataset {
  /** The dataset in the JSON format, not yet validated: parseDataset() checks it like any other. */
  readonly json: { [key: string]: unknown };
  /** JSON path (`events[2].start`, `events[2].citations[0]`) → the cell it came from. */
  readonly places: CellPlaces;
  /**
   * What the rows themselves got wrong (unknown columns, rows that disagree), by row and column: the first
   * of each kind, as the JSON's are kept; the rest counted in `omitted`.
   */
  readonly problems: readonly Problem[];
  readonly omitted: readonly OmittedProblems[];
  /** The row read as the header (1-based), its cells, and how many name a column: none, and it is no header. */
  readonly header: SheetHeader;
  /** Each row's first line in the file (readCsv's `lines`), by the row's index from 0. */
  readonly lines: readonly number[];
  /**
   * `#show` rows below the header, which are ignored: by their id and their title as slugs, the row. A show
   * cell naming one is told to move that row, not to add another.
   */
  readonly lateShows: ReadonlyMap<string, number>;
}

export interface SheetHeader {
  readonly row: number;
  readonly cells: readonly string[];
  readonly known: number;
  /** The format's columns the header has none of, as named (`source title`). */
  readonly lacks: readonly string[];
  /** A lacked column, by the header the sheet likely meant it by (`source title` by `Title`). */
  readonly meant: ReadonlyMap<string, string>;
  /** The lacked columns said at the header already (a sheet with no url column: all at once). */
  readonly told: readonly string[];
}

const BY_HEADER = new Map(COLUMNS.map((column) => [columnKey(column.header), column]));
/** The columns' headers as read (`source title`), for a problem to suggest. */
const HEADERS = COLUMNS.map((column) => headerKey(column.header));

type Fields = Record<string, unknown>;
interface Group {
  readonly fields: Fields;
  readonly row: number;
  /** The row each field was taken from. */
  readonly rowOf: Map<string, number>;
  /** Every row of the item, `row` first. */
  readonly rows: number[];
}

/** A day as the published column takes it: a refused one is left out of a made source id. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A #show row's cells in words. */
const SHOW_FIELD_WORDS: Readonly<Record<(typeof SHOW_FIELDS)[number], string>> = {
  id: "id",
  title: "title",
  color: "colour",
};

/** What a sep= line named, in words: "nothing", "a space", or the characters themselves. */
function separatorWords(named: string): string {
  if (named === "") return "nothing";
  if (named.trim() === "") return named.length === 1 ? "a space" : "spaces";
  return `"${printable(named, 20)}"`;
}

/**
 * Shows named by their titles (no `#show` rows) → an id for each: the title as an id ("Señor Ávila" is
 * senor-avila), or, for a title with no Latin letter or digit to make one of (Сорвиголова, 夜魔侠), `show-N`
 * by its order of first appearance, skipping ids other shows have. Stable for the same sheet, and valid.
 */
function showIdsFromNames(names: readonly string[]): Map<string, string> {
  const titles = [...new Set(names)];
  const slugs = titles.map(slug);
  const taken = new Set(slugs.filter((id) => id !== ""));
  const ids = new Map<string, string>();
  titles.forEach((title, t) => {
    let id = slugs[t] ?? "";
    for (let n = t + 1; id === ""; n += 1) {
      if (!taken.has(`show-${n}`)) id = `show-${n}`;
    }
    taken.add(id);
    ids.set(title, id);
  });
  return ids;
}

/**
 * What a row says of its event or source that, said otherwise by an earlier row of the same item, means the
 * row is of another item: its show, season, kind, label or dates; its article's address, day, title or
 * publisher.
 */
const IS_THE_ITEM = {
  event: new Set(["show", "season", "kind", "label", "start", "end"]),
  source: new Set(["url", "published", "title", "publisher"]),
};

/**
 * A field's value as rows of one item compare it: a show's name or a label typed in other capitals, accents
 * or spacing is the same (`stranger things`, `Season 2  Premieres`); every other field as it is (a URL's
 * path and a day are not names).
 */
const asCompared = (key: string, value: unknown) =>
  (key === "show" || key === "label") && typeof value === "string" ? slug(value) || value : value;

/** CSV text in the layout of csvLayout.ts → the dataset's JSON, with where each field came from. */
export function csvToDataset(text: string): CsvDataset {
  return runSteps(csvToDatasetSteps(text));
}

/** Data rows read between two steps: a few milliseconds' work, so that the page can pause often. */
const ROWS_PER_STEP = 1000;

/** csvToDataset as steps, for the page to pace (paceSteps): one after every thousand data rows. */
export function* csvToDatasetSteps(text: string): Generator<OpeningStep, CsvDataset> {
  // Decoding the file, then splitting it into rows and cells, each took a third of a second at 100,000 rows:
  // a pause between them, and after.
  yield { kind: "split" };
  const read = readCsv(text);
  yield { kind: "split" };
  const rows = read.rows.map((cells) => cells.map((cell) => uncsvCell(cell).trim()));
  const problems = new ProblemLog();
  const { strayQuote } = read;
  if (strayQuote?.closes === "never") {
    problems.add("a quote never closes", () => ({
      id: null,
      path: `row ${strayQuote.row}`,
      reason:
        'a cell opens a quote (") that never closes, so everything after it was read into that cell, and ' +
        'the row is left out: close the quote, or double it ("") inside a quoted cell',
    }));
  } else if (strayQuote?.closes === "inside its cell") {
    // The lines it swallowed are line breaks in its cells now: said, since no other problem names them.
    const swallowed =
      (read.rows[strayQuote.row - 1] ?? [])
        .join("")
        .trimEnd()
        .split(/\r\n|\r|\n/).length - 1;
    const lines = swallowed === 0 ? "" : `, and the ${counted(swallowed, "line")} after it with it`;
    problems.add("a quote closes inside its cell", () => ({
      id: null,
      path: `row ${strayQuote.row}`,
      reason:
        'a cell opens a quote (") that closes before the cell ends, so what follows, up to the next quote ' +
        `(rows after it too), was read into that cell, and the row is left out${lines}: close the quote at ` +
        'the end of the cell, or double it ("") inside a quoted cell',
    }));
  }
  if (read.unreadSeparator !== null) {
    const named = read.unreadSeparator;
    problems.add(
      "a sep= line naming a separator the reader does not take",
      () => ({
        id: null,
        path: "line 1",
        reason:
          `"sep=${printable(named, 20)}" names ${separatorWords(named)} as the separator, which is not read: a ` +
          `sep= line may name a comma, semicolon, tab or vertical bar (|), one character (sep=;). The cells were ` +
          `split at the ${SEPARATOR_NAMES[read.separator] ?? "separator"} the header uses instead; if that is ` +
          "wrong, save the sheet again with one of those, or correct the line",
      }),
      "kept",
    );
  }
  // The rows above the header; the rest is found from the groups when a problem asks (cellPlaces).
  const places = new Map<string, CellPlace>();
  const at = (row: number, column: string) => `row ${row}, column ${column}`;
  const json: { [key: string]: unknown } = {};
  const shows: Fields[] = [];

  let index = 0;
  for (; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    const first = cells[0] ?? "";
    if (cells.every((cell) => cell === "")) continue;
    if (!first.startsWith("#")) break;
    const name = first.slice(1).toLowerCase();
    const isShow = first.toLowerCase() === SHOW_ROW;
    const isMeta = (META as readonly string[]).includes(name);
    // More cells than the row uses: a title typed with the separator in it, unquoted, lost its end.
    const uses = isShow ? SHOW_FIELDS.length + 1 : 2;
    const filled = cells.findLastIndex((cell) => cell !== "") + 1;
    if ((isShow || isMeta) && filled > uses)
      problems.add(
        "a dataset row with more cells than it uses",
        () => ({
          id: null,
          path: `row ${index + 1}`,
          reason:
            `"${printable(first)}" has ${filled} cells and uses ${uses}: a cell with a ${SEPARATOR_NAMES[read.separator] ?? "separator"} ` +
            `in it must be in straight double quotes ("…"), or it splits (the cells after cell ${uses} are ignored)`,
        }),
        "kept",
      );
    if (isShow) {
      const show: Fields = {};
      SHOW_FIELDS.forEach((key, k) => {
        const value = cells[k + 1] ?? "";
        if (value !== "") show[key] = value;
      });
      places.set(`shows[${shows.length}]`, { row: index + 1, column: "#show" });
      // Its cells have no header: each is named by its letter and what it holds ("B (the show's id)").
      SHOW_FIELDS.forEach((key, k) => {
        const column = `${String.fromCharCode(66 + k)} (the show's ${SHOW_FIELD_WORDS[key]})`;
        places.set(`shows[${shows.length}].${key}`, { row: index + 1, column });
      });
      shows.push(show);
    } else if (isMeta) {
      const firstAt = places.get(name)?.row;
      // Given again: the first is read, as with a column named twice, and the second is said to be ignored.
      if (firstAt !== undefined) {
        const row = index + 1;
        problems.add(
          "a dataset row given twice",
          () => ({
            id: null,
            path: `row ${row}`,
            reason: `a second "${printable(first)}" row (the first, row ${firstAt}, is read; this one is ignored)`,
          }),
          "kept",
        );
        continue;
      }
      json[name] = cells[1] ?? "";
      places.set(name, { row: index + 1, column: first });
    } else {
      problems.add(
        "an unknown dataset row",
        () => ({
          id: null,
          path: `row ${index + 1}`,
          reason: `unknown dataset row "${printable(first)}" (ignored)`,
        }),
        "kept",
      );
    }
  }

  // A title typed above the header without its `#` (a merged cell's leftover): the header is the row below
  // that names columns, and the rows above it are said to be ignored, rather than every column missing.
  const namesColumns = (cells: readonly string[]) =>
    cells.filter((cell) => BY_HEADER.has(columnKey(cell))).length >= 2;
  if (!namesColumns(rows[index] ?? [])) {
    const below = rows.slice(index + 1, index + 20).findIndex(namesColumns);
    if (below !== -1) {
      const headerAt = index + 1 + below;
      problems.add(
        "rows above the header",
        () => ({
          id: null,
          path: below === 0 ? `row ${index + 1}` : `rows ${index + 1}–${headerAt}`,
          reason:
            `above the header (row ${headerAt + 1}) and not a dataset row (ignored): ` +
            'a title goes in a row "#title,<the title>"',
        }),
        "kept",
      );
      index = headerAt;
    }
  }
  const header = rows[index] ?? [];
  const headerRow = index + 1;
  const seenAt = new Map<Column, number>();
  const columns: (Column | null)[] = header.map((name, c) => {
    const column = BY_HEADER.get(columnKey(name)) ?? null;
    // A column named twice: the first is read, and the second is said to be ignored, not read over it.
    const first = column === null ? undefined : seenAt.get(column);
    if (column !== null && first !== undefined) {
      // Ignored, a column that says something else than the first loses what it says: said as left out.
      const lost = rows
        .slice(headerRow)
        .some((cells) => (cells[c] ?? "") !== "" && cells[c] !== cells[first]);
      problems.add(
        lost ? "a column named twice, saying more" : "a column named twice",
        () => ({
          id: null,
          path: `row ${headerRow}, column ${c + 1}`,
          reason: `a second "${column.header}" column (the first is column ${first + 1}; this one is ${lost ? "not read, and its cells that differ are lost: give it its own column's name, or move them" : "ignored"})`,
        }),
        lost ? "left out" : "kept",
      );
      return null;
    }
    if (column !== null) seenAt.set(column, c);
    return column;
  });
  const present = new Set(columns.map((column) => column && headerKey(column.header)));
  // A lacked column, by the sheet's header that likely means it ("Title" for source title).
  const meant = new Map<string, string>();
  header.forEach((name, c) => {
    if (columns[c] !== null || name === "" || BY_HEADER.has(columnKey(name))) return;
    // What the name means ("Link" is the url), then a column's own name with a word more ("Start Date",
    // "Source URL"), before a near spelling ("Link" is two edits from "kind").
    const words = headerKey(name).split(" ");
    const near =
      HEADER_SYNONYMS.get(headerKey(name)) ??
      [
        HEADERS.filter((key) => key.split(" ").every((word) => words.includes(word))).sort(
          (a, b) => b.length - a.length,
        )[0] ?? nearestId(headerKey(name), HEADERS),
      ].filter((key) => key !== null);
    // A column that likely means one the sheet lacks ("Date" with no start) holds what the items lack: its
    // cells are as good as left out (every event undated), not merely worth checking.
    const lacked = near.some((key) => !present.has(key));
    for (const key of near) if (!present.has(key) && !meant.has(key)) meant.set(key, name);
    problems.add(
      lacked ? "an unknown column for a missing one" : "an unknown column",
      () => {
        const meant = near.map((key) => `"${key}"`);
        return {
          id: null,
          path: `row ${headerRow}, column ${c + 1}`,
          reason:
            `unknown column "${printable(name)}" (${lacked ? "its cells are not read" : "ignored"})` +
            (meant.length > 0 ? `; did you mean ${wordList(meant, "or")}?` : "") +
            (lacked ? " Rename the column to read its cells." : ""),
        };
      },
      lacked ? "left out" : "kept",
    );
  });
  // A column with no header is read as nothing: said, as an unknown one is, when a row has something in it.
  header.forEach((name, c) => {
    if (columns[c] !== null || name.trim() !== "") return;
    const at = rows.findIndex((cells, r) => r >= headerRow && (cells[c] ?? "").trim() !== "");
    if (at === -1) return;
    problems.add(
      "a column with no header",
      () => ({
        id: null,
        path: `row ${headerRow}, column ${c + 1}`,
        reason:
          `a column with no header (ignored), though row ${at + 1} has "${printable(rows[at]?.[c] ?? "")}" ` +
          "in it: name the column, or move what it holds",
      }),
      "kept",
    );
  });
  // Sources named by id with no column to give them: kept on a sheet of their own, which a CSV leaves behind.
  const sourcesElsewhere = columns.some((column) => column?.header === "source id");
  // Without either, no row can name its source: said once here, not again on every row.
  const hasUrl = columns.some((column) => column?.header === "url");
  const noSources = !sourcesElsewhere && !hasUrl;
  // A url column lacked is told here: with no row then naming its source, every row is left out; named by
  // id, a source's article goes on a row of its own. One a column of another name likely means ("Link") is
  // told after the check, as other required columns a sheet lacks are, once, with what it cost
  // (missingColumns).
  const told: string[] = [];
  if (!hasUrl && (noSources || !meant.has("url"))) {
    told.push("url");
    problems.add("a required column missing", () => ({
      id: null,
      path: `row ${headerRow}`,
      reason: `no "url" column${
        sourcesElsewhere
          ? ": a source's article (url, source title, publisher, published) goes on a row of its source id " +
            "in this sheet; a CSV holds one sheet, not a workbook's sources sheet"
          : `: every quote needs its article's URL, so every row is left out${
              meant.has("url") ? `; rename "${printable(meant.get("url") ?? "")}" to "url"` : ""
            }`
      }`,
    }));
    // With every row left out, no other column is looked for on them: the others the sheet lacks are said
    // now, all at once, not one each time the sheet comes back.
    if (noSources) {
      for (const column of REQUIRED_COLUMNS) {
        if (column === "url" || columns.some((known) => known?.header === column)) continue;
        told.push(column);
        problems.add("a required column missing", () => ({
          id: null,
          path: `row ${headerRow}`,
          reason: lackedColumn(column, meant),
        }));
      }
    }
  }

  const events = new Map<
    string,
    Group & { citations: { fields: Fields; row: number; sourceColumn: string }[] }
  >();
  const sources = new Map<string, Group>();
  const showRows = new Map<string, number[]>();
  const lateShows = new Map<string, number>();
  // Ids typed anywhere in the sheet are reserved before any is made: a made id taking one a later row types
  // would put that row's quote under another source (citations name their source by id), and a relation
  // meant for its event on another. One read of the id cell per row; a row left out later still reserves.
  const typedIds = (header: string): Set<string> => {
    const typed = new Set<string>();
    const c = columns.findIndex((column) => column?.header === header);
    if (c === -1) return typed;
    for (let r = index + 1; r < rows.length; r += 1) {
      const cell = rows[r]?.[c] ?? "";
      if (cell !== "") typed.add(cell);
    }
    return typed;
  };
  const typedEventIds = typedIds("event id");
  const typedSourceIds = typedIds("source id");
  const eventIds = idSpace(new Set(typedEventIds));
  const sourceIds = idSpace(new Set(typedSourceIds));
  /** A made id kept off the one typed for another item: said, since the author may have meant one item. */
  const madeBeside = (typed: ReadonlySet<string>, base: string, id: string, row: number, column: string) => {
    if (id === base || !typed.has(base)) return;
    problems.add(
      "an id made beside a typed one",
      () => ({
        id,
        path: at(row, column),
        reason:
          `no ${column}: "${id}" was made, since "${base}" is typed on another row for another item; if ` +
          `both rows are one item, write "${base}" here too`,
      }),
      "kept",
    );
  };

  /**
   * Whether a row must be left out for saying, of an item an earlier row gave (by its id, or its show, season,
   * kind and label), what the item is otherwise (IS_THE_ITEM, compared asCompared): its quote would be filed
   * under another event, or credited to another article. Other fields that differ are said and ignored, the
   * first row's kept; so is a show or label that differs only in capitals, accents or spacing.
   */
  const clashes = (group: Group | undefined, values: Fields, row: number, level: "event" | "source") => {
    if (!group) return false;
    const differ = Object.entries(values).filter(
      ([key, value]) =>
        Object.hasOwn(group.fields, key) && JSON.stringify(group.fields[key]) !== JSON.stringify(value),
    );
    const out = differ.some(
      ([key, value]) =>
        IS_THE_ITEM[level].has(key) &&
        JSON.stringify(asCompared(key, value)) !== JSON.stringify(asCompared(key, group.fields[key])),
    );
    for (const [key, value] of differ) {
      problems.add(
        out ? "a row that says another item" : "rows that disagree",
        () => {
          const [typed, first] = printablePair(String(value), String(group.fields[key]));
          return {
            id: typeof group.fields["id"] === "string" ? group.fields["id"] : null,
            path: at(row, headers[level].get(key) ?? key),
            reason:
              `"${typed}" differs from row ${group.rowOf.get(key)} ("${first}"): ` +
              (out
                ? `an item's rows must agree; ${key === "start" || key === "end" ? `a source's own date for the event goes in claim ${key}, and ` : ""}if this row is of another ${level === "event" ? "event" : "article"}, give it an id of its own (row left out)`
                : "an item's rows must agree (ignored)"),
          };
        },
        out ? "left out" : "kept",
      );
    }
    return out;
  };
  /** Fills a group's fields from one row: a later row may add a value, not change one (clashes). */
  const merge = (group: Group, values: Fields, row: number) => {
    for (const [key, value] of Object.entries(values)) {
      if (Object.hasOwn(group.fields, key)) continue;
      group.fields[key] = value;
      group.rowOf.set(key, row);
    }
  };

  const headerKeys = header.map(headerKey);
  // Whether a row can name its event but by its id.
  const namesEvents = columns.some(
    (column) => column?.level === "event" && ["show", "kind", "label"].includes(column.key),
  );
  // Each field's column header, for a problem to name: the same for every row.
  const headers: Record<ColumnLevel, Map<string, string>> = {
    event: new Map(),
    source: new Map(),
    citation: new Map(),
  };
  for (const column of columns)
    if (column !== null) headers[column.level].set(fieldOf(column), column.header);
  for (let r = index + 1; r < rows.length; r += 1) {
    if ((r - index) % ROWS_PER_STEP === 1)
      yield { kind: "rows", done: r - index - 1, total: rows.length - index - 1 };
    const cells = rows[r] ?? [];
    const row = r + 1;
    if (cells.every((cell) => cell === "")) continue;
    // Its cell holds what came after it, the next rows' cells too: not a quote to draw or save as verbatim.
    if (row === strayQuote?.row) continue;
    // Rows that are not data: a dataset row put below the header, the header again (sheets pasted together).
    const first = (cells[0] ?? "").toLowerCase();
    const misplaced = first === SHOW_ROW || (META as readonly string[]).some((name) => first === `#${name}`);
    // Cell by cell first: a data row differs in its first cell, and matching every cell's text as a header
    // name (quotes included) took about a second at 100,000 rows.
    const repeated =
      cells.every((cell, c) => headerKey(cell) === (headerKeys[c] ?? "")) && namesColumns(cells);
    if (misplaced || repeated) {
      if (first === SHOW_ROW)
        for (const named of [cells[1], cells[2]]) {
          const key = slug(named ?? "");
          if (key !== "" && !lateShows.has(key)) lateShows.set(key, row);
        }
      problems.add(
        "a dataset row or header below the header",
        () => ({
          id: null,
          path: `row ${row}`,
          reason: misplaced
            ? `a "${printable(cells[0] ?? "")}" row below the header: dataset rows go above it (ignored)`
            : "repeats the header (ignored)",
        }),
        // A show's row below the header is a show left out; a title or the header again loses nothing drawn.
        first === SHOW_ROW ? "left out" : "kept",
      );
      continue;
    }
    // A formula's leftover (`#REF!`, `#N/A`) is not what the author meant, and read as text it would be
    // shown as an author or a quote: the row waits until the cell holds the value.
    const failed = columns.findIndex(
      (column, c) => column !== null && isSpreadsheetError(read.rows[r]?.[c] ?? ""),
    );
    if (failed !== -1) {
      problems.add("a spreadsheet's error", () => ({
        id: null,
        path: at(row, columns[failed]?.header ?? String(failed + 1)),
        reason:
          `"${printable(cells[failed] ?? "")}" is a spreadsheet's error (a formula that failed, or one whose cells were ` +
          "deleted), not a value: write the value itself (row left out)",
      }));
      continue;
    }
    // More cells than the header: a cell with the separator in it, unquoted, was split in two and the cells
    // after it moved over. Read as it is, a quote would lose its end without a word.
    const filled = cells.findLastIndex((cell) => cell !== "") + 1;
    if (filled > header.length) {
      const curly = cells.some((cell) => /^[“”„]|[“”]$/.test(cell))
        ? "; curly quotes (“ ”) do not quote a cell"
        : "";
      problems.add("a row with more cells than the header", () => ({
        id: null,
        path: `row ${row}`,
        reason:
          `has ${filled} cells, the header ${header.length}: a cell with a ${SEPARATOR_NAMES[read.separator] ?? "separator"} ` +
          `in it must be in straight double quotes ("…"), or it splits and the cells after it move over${curly} ` +
          "(row left out)",
      }));
      continue;
    }
    // A text in curly quotes split at a separator that the header still has room for (the row's last
    // columns empty): “It arrives on October 27 | 2017”. Read as it is, the quote loses its end, which
    // lands in the next column, without a word.
    const opens = cells.findIndex((cell) => /^\s*[“„]/.test(cell) && !/[”“]\s*$/.test(cell));
    const closes = opens < 0 ? -1 : cells.findIndex((cell, c) => c > opens && /[”“]\s*$/.test(cell));
    if (closes > 0) {
      problems.add("a text in curly quotes split in two", () => ({
        id: null,
        path: at(row, columns[opens]?.header ?? String(opens + 1)),
        reason:
          `"${printable(cells[opens] ?? "")}" and "${printable(cells[closes] ?? "")}" look like one text split at its ` +
          `${SEPARATOR_NAMES[read.separator] ?? "separator"}: curly quotes (“ ”) do not quote a cell; put it in ` +
          'straight double quotes ("…") (row left out)',
      }));
      continue;
    }
    const values: Record<ColumnLevel, Fields> = { event: {}, source: {}, citation: {} };
    columns.forEach((column, c) => {
      if (column === null) return;
      const read = column.read(cells[c] ?? "");
      if (read.kind === "value") setValueAt(values[column.level], column.key, read.value);
    });

    // With no column to name its source, every row is left out, said once at the header: not again here.
    if (noSources) continue;
    // A row left blank where it continues the row above, as one would in a sheet: it names no event. Under a
    // header with no show, kind or label column, it could not: the row is an event of its own, for the check
    // to say the columns it lacks once at the header (missingColumns), not to blame each row.
    const unnamed = ["id", "show", "kind", "label"].every((key) => values.event[key] === undefined);
    if (unnamed && namesEvents) {
      problems.add("a row that names no event", () => ({
        id: null,
        path: `row ${row}`,
        reason:
          "names no event: a second quote of an event gives the event's id in the event id column, or " +
          "repeats its show, season, kind and label (row left out)",
      }));
      continue;
    }
    // The source: by its id, or else by its URL, a slash at the end of its path or not: "https://e.com/" is
    // the source of "https://e.com" a row before, not one of its own (one with a query or fragment is as typed).
    let source = values.source;
    const sourceKey =
      typeof source["id"] === "string"
        ? `id:${source["id"]}`
        : `url:${String(source["url"] ?? "").replace(/^([^?#]*?)\/+$/, "$1")}`;
    if (source["id"] === undefined && source["url"] === undefined) {
      problems.add("a row without its URL", () => ({
        id: null,
        path: at(row, "url"),
        reason: "every quote needs its article's URL (row left out)",
      }));
      continue;
    }
    // The event: by its id, or else by show, season, kind and label (a show or label typed in other
    // capitals or spacing is the same).
    const event = values.event;
    const eventKey =
      typeof event["id"] === "string"
        ? `id:${event["id"]}`
        : unnamed
          ? `row:${row}`
          : `by:${JSON.stringify(["show", "season", "kind", "label"].map((key) => asCompared(key, event[key])))}`;
    let sourceGroup = sources.get(sourceKey);
    let eventGroup = events.get(eventKey);
    const firstUrl = sourceGroup?.fields["url"];
    if (source["id"] === undefined && typeof firstUrl === "string") source = { ...source, url: firstUrl };
    const sourceClashes = clashes(sourceGroup, source, row, "source");
    if (clashes(eventGroup, event, row, "event") || sourceClashes) continue;
    if (!sourceGroup) {
      // A day the check refuses is not made part of the id its messages quote (variety-02-05-2016).
      const day = typeof source["published"] === "string" && ISO_DAY.test(source["published"]);
      const base = String(
        source["id"] ??
          (slug(`${source["publisher"] ?? ""} ${day ? String(source["published"]) : ""}`) || "source"),
      );
      const id = source["id"] === undefined ? sourceIds.unique(base) : sourceIds.take(base);
      madeBeside(typedSourceIds, base, id, row, "source id");
      sourceGroup = { fields: { id }, row, rowOf: new Map([["id", row]]), rows: [] };
      sources.set(sourceKey, sourceGroup);
    }
    sourceGroup.rows.push(row);
    merge(sourceGroup, source, row);

    if (!eventGroup) {
      const base = String(
        event["id"] ??
          (slug(
            // Nor a season or kind the check refuses (st-s2-release-l0): the id is what the row would be.
            [
              event["show"],
              typeof event["season"] === "number" ? event["season"] : undefined,
              (EVENT_KINDS as readonly unknown[]).includes(event["kind"]) ? event["kind"] : undefined,
              event["label"],
            ]
              .filter((v) => v !== undefined)
              .join(" "),
          ) ||
            "event"),
      );
      const id = event["id"] === undefined ? eventIds.unique(base) : eventIds.take(base);
      madeBeside(typedEventIds, base, id, row, "event id");
      eventGroup = { fields: { id }, row, rowOf: new Map([["id", row]]), rows: [], citations: [] };
      events.set(eventKey, eventGroup);
    }
    eventGroup.rows.push(row);
    merge(eventGroup, event, row);
    // The rows that name each show, for a show made from the show column: its problem is theirs.
    if (typeof event["show"] === "string") {
      const named = showRows.get(event["show"]);
      if (named) named.push(row);
      else showRows.set(event["show"], [row]);
    }
    // A row that names its source by id is pointed at the id cell when that source is not there.
    const sourceColumn = (source["id"] !== undefined && headers.source.get("id")) || "url";
    eventGroup.citations.push({
      fields: { ...values.citation, source: String(sourceGroup.fields["id"]) },
      row,
      sourceColumn,
    });
  }

  /** A show cell read as the show of another title that differs from it only in letters' forms: said. */
  const readAsOne = (named: string, title: string) =>
    problems.add(
      "show names read as one",
      () => {
        const [typed, first] = printablePair(named, title);
        return {
          id: null,
          path: `row ${showRows.get(named)?.[0] ?? headerRow}, column show`,
          reason: `"${typed}" is read as the show "${first}" (the same letters: one show)`,
        };
      },
      "kept",
    );
  // Without #show rows, the show column names the shows: its text is the title, and the id is made from it.
  const showIds = new Set(shows.map((show) => show["id"]).filter((id) => typeof id === "string"));
  const eventList = [...events.values()];
  if (shows.length === 0) {
    const idOf = showIdsFromNames(
      eventList.map(({ fields }) => fields["show"]).filter((show) => typeof show === "string"),
    );
    const titles = new Map<string, string>();
    const merged = new Set<string>();
    for (const { fields } of eventList) {
      const named = fields["show"];
      if (typeof named !== "string") continue;
      const id = idOf.get(named) ?? named;
      const title = titles.get(id);
      if (title === undefined) titles.set(id, named);
      else if (title !== named && !merged.has(named)) {
        // Titles that differ only in accents, capitals or punctuation are one show, under the first: said,
        // since "Senor Avila" may be a show of its own, not a typing of "Señor Ávila".
        merged.add(named);
        readAsOne(named, title);
      }
      fields["show"] = id;
    }
    for (const [id, title] of titles) {
      const rows = showRows.get(title) ?? [];
      places.set(`shows[${shows.length}]`, { row: rows[0] ?? headerRow, column: "show", rows });
      shows.push({ id, title });
    }
  } else {
    // A show may be named by its title too: a show that has an id (one without is refused, and its rows
    // then name a show the sheet does not have, not a show cell left empty).
    // Two shows of one title are said by the check (repeatedTitles): a cell naming it is the first's.
    const byTitle = new Map<string, Fields>();
    for (const show of shows) {
      const key = showTitleKey(String(show["title"] ?? ""));
      if (typeof show["id"] === "string" && !byTitle.has(key)) byTitle.set(key, show);
    }
    const told = new Set<string>();
    for (const { fields } of eventList) {
      const named = fields["show"];
      const show =
        typeof named === "string" && !showIds.has(named) ? byTitle.get(showTitleKey(named)) : undefined;
      if (typeof named !== "string" || show === undefined) continue;
      fields["show"] = show["id"];
      // A title typed with a no-break space (copied from a web page) where the #show row has a space, or
      // the other way round: the same show, said, since the two look the same ("no #show row names Luke
      // Cage", under a #show row of Luke Cage, left the reader nowhere).
      const title = String(show["title"] ?? "");
      if (named.toLowerCase() === title.toLowerCase() || told.has(named)) continue;
      told.add(named);
      readAsOne(named, title);
    }
  }

  json["shows"] = shows;
  // A source id that no row gives anything else for is a reference to a source not in the sheet (a typo,
  // or a row deleted): its citations are of an unknown source, with a guess at the id meant, rather than a
  // source of nothing but an id, refused for every empty column.
  const given = [...sources.values()].filter(({ fields }) => Object.keys(fields).length > 1);
  json["sources"] = given.map(({ fields }) => fields);
  json["events"] = eventList.map(({ fields, citations }) => ({
    ...fields,
    citations: citations.map(({ fields: citation }) => citation),
  }));
  return {
    json,
    places: cellPlaces(places, given, eventList),
    problems: problems.problems,
    omitted: problems.omitted,
    header: {
      row: headerRow,
      cells: header,
      known: columns.filter((column) => column !== null).length,
      lacks: COLUMNS.filter((column) => !columns.includes(column)).map((column) => column.header),
      meant,
      told,
    },
    lines: read.lines,
    lateShows,
  };
}

/** Where a JSON path came from: its longest known prefix's place (`events[2].relations[0].type`: relations). */
function placeOf(
  path: string,
  places: CellPlaces,
): { readonly at: string; readonly place: CellPlace } | null {
  for (let at = path; at !== ""; at = at.replace(/(\.[^.[\]]*|\[\d+\])$/, "")) {
    const place = places.get(at);
    if (place) return { at, place };
    if (!/(\.[^.[\]]*|\[\d+\])$/.test(at)) break;
  }
  return null;
}

/** At most this many runs of rows are named in a place; the rows after them are counted. */
const RUNS_NAMED = 3;

/** Rows as a place names them: "row 4", "rows 4–6", "rows 2, 5–6 and 9", "rows 2–4, 7, 9 and 12 more". */
export function rowsWords(rows: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last !== undefined && row <= last[1]) continue;
    if (last !== undefined && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  const said = runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`));
  const [only] = runs;
  if (only === undefined) return "no row";
  if (runs.length === 1 && only[0] === only[1]) return `row ${only[0]}`;
  if (runs.length <= RUNS_NAMED) return `rows ${wordList(said, "and")}`;
  const more = runs.slice(RUNS_NAMED).reduce((count, [from, to]) => count + to - from + 1, 0);
  return `rows ${said.slice(0, RUNS_NAMED).join(", ")} and ${more} more`;
}

/** A place as a problem names it: "row 7, column start", or an item's rows, "rows 4–6, column show". */
function placeWords(place: CellPlace): string {
  return `${rowsWords(place.rows ?? [place.row])}, column ${place.column}`;
}

/** A path of the JSON built from a sheet, said as the sheet's row and column; the path itself if none. */
export function sheetPath(path: string, places: CellPlaces): string {
  const found = placeOf(path, places);
  return found === null ? path : placeWords(found.place);
}

/** A problem from the JSON validator, said as the spreadsheet cell it came from. */
export function placeProblem(
  problem: Problem,
  places: CellPlaces,
  json: Readonly<Record<string, unknown>>,
  /** The shows the check kept: a show cell naming one left out points at its #show row. */
  keptShows: ReadonlySet<string> = new Set(),
  /** #show rows below the header (CsvDataset's lateShows): a show cell naming one is told to move it. */
  lateShows: ReadonlyMap<string, number> = new Map(),
): Problem {
  const found = placeOf(problem.path, places);
  if (found === null) return problem;
  const { at, place } = found;
  const column = BY_HEADER.get(columnKey(place.column));
  const words = column?.words;
  const value = valueAt(json, problem.path.replace(/\[(\d+)\]/g, ".$1"));
  // Said in the sheet's words, with the event's (or the relation's) fate after them as before.
  const after =
    [EVENT_LEFT_OUT, RELATION_LEFT_OUT, CITATION_LEFT_OUT].find((fate) => problem.reason.endsWith(fate)) ??
    "";
  const given = sheetWords(problem.reason.slice(0, problem.reason.length - after.length), places);
  // The validator's id it could be is the JSON's: a cell is given its own (idReason), which knows labels and
  // #show rows.
  const said = given.startsWith(`${NOT_AN_ID}: `) ? NOT_AN_ID : given;
  const mended =
    column?.key === "show"
      ? (showRowToMend(said, value, json, places, keptShows) ?? lateShowRow(said, value, lateShows))
      : null;
  const reason =
    mended ??
    (words !== undefined && NOT_A_WORD.test(said)
      ? notAWord(value, words)
      : at === problem.path
        ? cellReason(said, column, value)
        : idReason(said, value, /relations\[\d+\]\.event$/.test(problem.path) ? json : undefined));
  return { ...problem, path: placeWords(place), reason: `${reason}${after}` };
}

/**
 * A show cell naming a #show row left out for its own problem, by its id, by the id that row's advice gave
 * ("Dark Show" could be dark-show) or by its title: that row is to mend, not a row to add. Null otherwise.
 */
function showRowToMend(
  reason: string,
  value: unknown,
  json: Readonly<Record<string, unknown>>,
  places: CellPlaces,
  keptShows: ReadonlySet<string>,
): string | null {
  if (!(reason === NOT_AN_ID || reason.startsWith("unknown show")) || typeof value !== "string") return null;
  const shows = Array.isArray(json["shows"]) ? (json["shows"] as Fields[]) : [];
  const at = shows.findIndex(
    ({ id, title }) =>
      !(typeof id === "string" && keptShows.has(id)) &&
      [id, title].some((named) => typeof named === "string" && slug(named) === slug(value)),
  );
  const row = places.get(`shows[${at}]`)?.row;
  if (at === -1 || row === undefined) return null;
  const id = shows[at]?.["id"];
  return (
    `the show this cell names, row ${row}'s${typeof id === "string" ? ` "${printable(id)}"` : ""}, is left ` +
    "out for a problem of its own: mend that row" +
    (slug(value) === value && value !== id ? ` (its id written ${value})` : "")
  );
}

/**
 * A show cell naming a #show row put below the header, by its id or its title: that row is to move above
 * the header, not a row to add. Null otherwise.
 */
function lateShowRow(reason: string, value: unknown, lateShows: ReadonlyMap<string, number>): string | null {
  if (!(reason === NOT_AN_ID || reason.startsWith("unknown show")) || typeof value !== "string") return null;
  const row = lateShows.get(slug(value));
  return row === undefined
    ? null
    : `no #show row above the header names "${printable(value)}": row ${row} does, but below the header, ` +
        `where it is ignored: move row ${row} above the header`;
}

/** The validator's words after a citation's problem when its event stays on others (not exported there). */
const CITATION_LEFT_OUT = " (citation left out)";

/** A duplicate id's "(first used at events[0])": the item's path. */
const FIRST_USED = new RegExp(`\\(${FIRST_USED_AT}((?:shows|sources|events)\\[\\d+\\])\\)$`);

/**
 * What the validator says in the JSON's terms, in the sheet's: the item an id is first used by, as its rows
 * (a #show row's; a made source or event id never repeats another), and an outcome's date as its columns.
 */
function sheetWords(reason: string, places: CellPlaces): string {
  // What follows says what was left out: " (citation left out)".
  if (reason.startsWith(OUTCOME_WITHOUT_DATE))
    return (
      "an outcome needs the date it reports: write it in claim start (or claim end, for the end of a window)" +
      reason.slice(OUTCOME_WITHOUT_DATE.length)
    );
  const [said, item] = FIRST_USED.exec(reason) ?? [];
  const place = item === undefined ? undefined : places.get(item);
  if (said === undefined || item === undefined || place === undefined) return reason;
  return `${reason.slice(0, -said.length)}(${FIRST_USED_AT}${rowsWords(place.rows ?? [place.row])})`;
}

/**
 * A cell's problem in the sheet's terms. An empty cell that must be filled: that it is missing. A date cell
 * that is not a date: the schema says what a date is, and the sheet takes `unknown` too (null in the JSON),
 * which the reader would not guess; a day a spreadsheet rewrote is read back. A number cell that is not a
 * number: what the column takes.
 */
function cellReason(reason: string, column: Column | undefined, value: unknown): string {
  // Only a sheet with #show rows names its shows: a show none of them names needs a row of its own, which
  // the id's advice alone did not say (written as an id, it was then an unknown show).
  if (
    column?.key === "show" &&
    typeof value === "string" &&
    slug(value) !== "" &&
    (reason === NOT_AN_ID || reason.startsWith("unknown show"))
  ) {
    const add = `#show,${slug(value)},${printable(value)}`;
    return reason.includes("did you mean")
      ? `${reason} For a new show, add a row above the header: ${add}`
      : `no #show row above the header names "${printable(value)}" (by its id or its title): add one, ${add}`;
  }
  if (reason === NOT_AN_ID) return idReason(reason, value);
  if (column?.flagMeans !== undefined && reason.startsWith(NOT_TRUE))
    return `${column.flagMeans}${typeof value === "string" ? `, not "${printable(value)}"` : ""}`;
  if (column?.numberMeans !== undefined && NOT_IN_RANGE.test(reason))
    return (column.key === "season" && seasonAdvice(value)) || column.numberMeans;
  if (reason === NOT_A_URL && typeof value === "string") return `${reason}${urlMeant(value)}`;
  const means = column?.unknownMeans;
  // An empty published cell: the page may print no date, which "unknown" says.
  if (means !== undefined && reason === MISSING) return `${reason}: write its date, or "unknown" ${means}`;
  if (means === undefined || !(reason.startsWith(NOT_A_DAY) || reason.startsWith(NOT_EDTF))) return reason;
  const rewritten = typeof value === "string" ? rewrittenDay(value) : "";
  // Advice that already says to write unknown (for "TBD") is not told it again.
  return reason.includes("write unknown") ? reason : `${reason}${rewritten}; or "unknown" ${means}`;
}

/**
 * An id typed as words ("st 2 filming", in its own cell or in a relation): the one it could be. A relation's
 * event named by its label ("My Show S4 out", with or without its show), which one event has: that event's id.
 */
function idReason(reason: string, value: unknown, json?: Readonly<Record<string, unknown>>): string {
  if (reason !== NOT_AN_ID || typeof value !== "string" || slug(value) === "") return reason;
  const labelled = json === undefined ? null : eventLabelled(value, json);
  if (labelled !== null)
    return `${reason}: "${printable(value)}" is the label of event ${labelled}; write its id, ${labelled}`;
  const could = idCouldBe(value);
  return could === null ? reason : `${reason}: ${could}`;
}

/** The id of the one event whose label, alone or after its show's id or title, reads as `named`; else null. */
function eventLabelled(named: string, json: Readonly<Record<string, unknown>>): string | null {
  const key = slug(named);
  const titles = new Map<unknown, unknown>(
    (Array.isArray(json["shows"]) ? (json["shows"] as Fields[]) : []).map((show) => [
      show["id"],
      show["title"],
    ]),
  );
  const ids = (Array.isArray(json["events"]) ? (json["events"] as Fields[]) : []).flatMap(
    ({ id, label, show }) =>
      typeof id === "string" &&
      typeof label === "string" &&
      [label, `${String(show)} ${label}`, `${String(titles.get(show))} ${label}`].some(
        (words) => slug(words) === key,
      )
        ? [id]
        : [],
  );
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

/**
 * A day in a spreadsheet's format (Excel rewrites `2016-05-11` so on saving): the ISO day to write, or, when
 * the cell reads both ways, the two and a question rather than a guess; a two-digit year, the century taken
 * and the other one. Nothing for any other cell.
 */
function rewrittenDay(cell: string): string {
  const date = spreadsheetDate(cell);
  if (date === null) return "";
  const keep = "format the column as text, so that the spreadsheet keeps it";
  if (date.kind === "no year") {
    const [month, day] = [date.month, date.day].map((n) => String(n).padStart(2, "0"));
    const words = new Date(Date.UTC(2016, date.month - 1, date.day)).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    });
    return (
      `: "${cell}" is how a spreadsheet shows a day typed without its year (${words}; it took a year the ` +
      `cell does not show): write it with the source's year, as YYYY-${month}-${day} (${keep})`
    );
  }
  if (date.kind === "number")
    return `: "${cell}" is a year a number column wrote; write ${date.year} (${keep})`;
  if (date.kind === "serial") {
    const words = new Date(date.iso).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });
    return (
      `: "${cell}" is how a spreadsheet stores a day, counted from 1900 (${words}): write ${date.iso} if ` +
      `that is the day (${keep})`
    );
  }
  const { year } = date;
  const century =
    year.kind === "full"
      ? ""
      : `, taking ${year.digits} as ${year.assumed} as Excel does (00–29 as 20xx, 30–99 as 19xx): ` +
        `write ${year.other} instead if the source means it`;
  if (date.kind === "day")
    return `: "${cell}" is how a spreadsheet shows a day; write ${date.iso}${century} (${keep})`;
  if (date.kind === "month")
    return `: "${cell}" is how a spreadsheet shows a month typed as ${date.iso}; write ${date.iso}${century} (${keep})`;
  const words = (iso: string) =>
    new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
  return (
    `: "${cell}" is how a spreadsheet shows a day, but it may be ${words(date.dayFirst)} or ` +
    `${words(date.monthFirst)} ${date.dayFirst.slice(0, 4)}: write ${date.dayFirst} or ${date.monthFirst}, whichever ` +
    `the source means${century} (${keep})`
  );
}

/** A word a closed set has not (any case is read): the words it takes, and the one probably meant. */
function notAWord(value: unknown, words: readonly string[]): string {
  const near = typeof value === "string" ? nearestId(value, words) : null;
  const list = wordList(words, "or");
  const not = typeof value === "string" ? `, not "${printable(value)}"` : "";
  return `must be ${list} (any case is read)${not}${near ? `; did you mean "${near}"?` : ""}`;
}

/**
 * Ids in use in one space (events' or sources'), from `used`, the ids the sheet gives anywhere (kept and
 * added to): `take` marks one given, `unique` makes one from a base (`base`, `base-2`, `base-3`…), so never
 * one given, even on a later row. Per base it remembers the suffix to try next (ids are only ever added, so
 * those below it stay taken): trying 2, 3, … again for each made 20,000 sources of one publisher and day 200
 * million lookups, minutes of work.
 */
function idSpace(used: Set<string>): {
  readonly take: (id: string) => string;
  readonly unique: (base: string) => string;
} {
  const next = new Map<string, number>();
  return {
    take: (id) => {
      used.add(id);
      return id;
    },
    unique: (base) => {
      let n = next.get(base) ?? 2;
      let id = base;
      while (used.has(id)) {
        id = `${base}-${n}`;
        n += 1;
      }
      next.set(base, n);
      used.add(id);
      return id;
    },
  };
}
