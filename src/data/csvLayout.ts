/**
 * The spreadsheet layout of a dataset: one row per citation, one column per field. Rows with the same event
 * id (or, without one, the same show, season, kind and label) are one event; rows with the same source id
 * (or, without one, the same URL) are one source. Dataset-level fields come first, in rows whose first cell
 * starts with `#`. Adding a field to the format is one entry in COLUMNS (or META).
 */

import { CERTAINTIES, EVENT_KINDS, EVIDENCE_TYPES, RELATION_TYPES } from "./vocabulary.ts";

/** Which object of the format a column fills. */
export type ColumnLevel = "event" | "source" | "citation";

/** A cell's value in the format, or nothing (the field is left out). */
export type CellValue = { readonly kind: "value"; readonly value: unknown } | { readonly kind: "absent" };

export interface Column {
  /** The header, as written; headers are matched ignoring case, spaces, `_` and `-`. */
  readonly header: string;
  readonly level: ColumnLevel;
  /** The field of the format it holds; a dotted path for a field inside an object (`claim.start`). */
  readonly key: string;
  readonly write: (value: unknown) => string;
  /** Never fails: a wrong value goes through, and the schema names it with its row and column. */
  readonly read: (cell: string) => CellValue;
  /** A date column: what `unknown` in it means, said with the problem of a cell that is not a date. */
  readonly unknownMeans?: string;
  /**
   * A number column: what it takes, said instead of the schema's "should be a number, but is the text …" (every
   * cell of a spreadsheet is text, so that says nothing of what to write).
   */
  readonly numberMeans?: string;
  /** A yes/no column: what it takes, said instead of the schema's "should be true". */
  readonly flagMeans?: string;
  /** A column of one word of a closed set (`kind`, `certainty`): the words, which a cell may write in any case. */
  readonly words?: readonly string[];
}

const ABSENT: CellValue = { kind: "absent" };
const present = (value: unknown): CellValue => ({ kind: "value", value });

/** Text, and also dates and ids: an empty cell leaves the field out (null and absent mean the same). */
const text = (header: string, level: ColumnLevel, key = header): Column => ({
  header,
  level,
  key,
  write: (value) => (value == null ? "" : String(value)),
  read: (cell) => (cell === "" ? ABSENT : present(cell)),
});

/**
 * A whole number ("2", or "2.0" as a spreadsheet may format it); anything else goes through as text, for
 * the schema to refuse, with `means` said of it.
 */
const integer = (header: string, level: ColumnLevel, means: string, key = header): Column => ({
  ...text(header, level, key),
  numberMeans: means,
  read: (cell) => (cell === "" ? ABSENT : present(/^\d+(\.0*)?$/.test(cell) ? Number(cell) : cell)),
});

/**
 * A word of a closed set, read in any case: a spreadsheet author's capital ("Filming", "RELEASE") is not an
 * error, and each word is one of a kind in lower case, so the reading is never a guess. Anything else goes
 * through as written, for the schema to refuse (and the sheet to name the words).
 */
const word = (header: string, level: ColumnLevel, words: readonly string[], key = header): Column => ({
  ...text(header, level, key),
  words,
  read: (cell) => (cell === "" ? ABSENT : present(inWords(cell, words))),
});

/** The word of `words` a cell writes in some case, or the cell as it is. */
const inWords = (cell: string, words: readonly string[]) => {
  const lower = cell.toLowerCase();
  return words.find((word) => word === lower) ?? cell;
};

/**
 * A date: an empty cell leaves it out, and `unknown` is null. The difference matters for a claim: null says
 * the source gave no date; left out, that it gave only an order (or nothing about the date).
 */
const date = (header: string, level: ColumnLevel, key: string, unknownMeans: string): Column => ({
  header,
  level,
  key,
  unknownMeans,
  write: (value) => (value === null ? "unknown" : value === undefined ? "" : String(value)),
  read: (cell) => (cell === "" ? ABSENT : present(/^unknown$/i.test(cell) ? null : cell)),
});

/**
 * A yes/no flag: `yes` (or y, true, x, 1, ✓, ✔) sets it; empty, or `no` (n, false, 0), leaves it out: a
 * spreadsheet's checkbox column is exported as TRUE and FALSE. Anything else goes through, for `means` to be
 * said of it.
 */
export const flag = (header: string, level: ColumnLevel, means: string, key = header): Column => ({
  header,
  level,
  key,
  flagMeans: means,
  write: (value) => (value === true ? "yes" : value == null ? "" : String(value)),
  read: (cell) =>
    cell === "" || /^(no?|false|0)$/i.test(cell)
      ? ABSENT
      : present(/^(y(es)?|true|x|1|✓|✔)$/i.test(cell) ? true : cell),
});

/** `after:luke-cage-1-release before:other-id`: type and event id, separated by spaces, `,` or `;`. */
const relations = (header: string, level: ColumnLevel, key: string): Column => ({
  header,
  level,
  key,
  words: RELATION_TYPES,
  write: (value) =>
    Array.isArray(value)
      ? (value as { type: string; event: string }[]).map((r) => `${r.type}:${r.event}`).join(" ")
      : "",
  read: (cell) => {
    const list: { type: string; event: string }[] = [];
    /** Whether the last relation was written `type:`, so that the words after it are its id. */
    let typed = false;
    // Read as typed by hand: `after : a2` (spaces about the colon), `back to back` or `back_to_back`.
    const written = cell.replace(/\bback[\s_-]*to[\s_-]*back\b/gi, "back-to-back").replace(/\s*:\s*/g, ":");
    for (const [, separator = "", part = ""] of written.matchAll(/([\s,;]*)([^\s,;]+)/g)) {
      const colon = part.indexOf(":");
      const last = list.at(-1);
      // Words after `type:` with only spaces between are its id typed as words (`after:st 2 filming`), or
      // after a space (`after: st-2-filming`), or after the type with no colon (`after st-2-filming`): one
      // id, for one message that names the id it could be, rather than each word taken for a relation of
      // no type and no event.
      const word = (RELATION_TYPES as readonly string[]).includes(part.toLowerCase());
      if (colon < 0 && typed && last !== undefined && /^\s+$/.test(separator) && !word) {
        last.event = last.event === "" ? part : `${last.event} ${part}`;
        continue;
      }
      typed = colon >= 0 || word;
      list.push(
        colon < 0
          ? { type: inWords(part, RELATION_TYPES), event: "" }
          : { type: inWords(part.slice(0, colon), RELATION_TYPES), event: part.slice(colon + 1) },
      );
    }
    return list.length === 0 ? ABSENT : present(list);
  },
});

export const COLUMNS: readonly Column[] = [
  text("event id", "event", "id"),
  text("show", "event"),
  integer("season", "event", "must be a whole number of 1 or more, like 2; empty for a miniseries"),
  word("kind", "event", EVENT_KINDS),
  text("label", "event"),
  date("start", "event", "start", "when no date is known yet"),
  date("end", "event", "end", "when no end is known yet"),
  word("certainty", "event", CERTAINTIES),
  relations("relations", "event", "relations"),
  text("note", "event"),
  text("source id", "source", "id"),
  text("source title", "source", "title"),
  text("publisher", "source"),
  text("author", "source"),
  date("published", "source", "published", "when the page prints no date"),
  // Only for a page that prints no date: the days it lies within (FROM/TO), the published day among them.
  text("published within", "source", "publishedWithin"),
  text("url", "source"),
  word("evidence", "source", EVIDENCE_TYPES),
  text("quote", "citation"),
  // What this row's source said, when it differs from the event's own date (see docs/data-format.md).
  date("claim start", "citation", "claim.start", "when the source gave no date"),
  date("claim end", "citation", "claim.end", "when the source gave no end"),
  word("claim certainty", "citation", CERTAINTIES, "claim.certainty"),
  relations("claim relations", "citation", "claim.relations"),
  flag(
    "outcome",
    "citation",
    "must be yes when the row reports what actually happened, or empty (or no) when it does not",
  ),
  text("citation note", "citation", "note"),
];

/**
 * Fields of the format the rows carry by their structure rather than a column of their own: an event's
 * citations are its rows, and a citation's source is the row's source.
 */
export const STRUCTURAL: Readonly<Record<ColumnLevel, readonly string[]>> = {
  event: ["citations"],
  source: [],
  citation: ["source"],
};

/** Dataset-level rows before the header: `#title,<text>`. Shows: `#show,<id>,<title>,<colour>`. */
export const META = ["title", "$schema"] as const;
export const SHOW_ROW = "#show";
export const SHOW_FIELDS = ["id", "title", "color"] as const;

/** The value at a dotted path. */
export function valueAt(object: Record<string, unknown>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (at, part) =>
        typeof at === "object" && at !== null ? (at as Record<string, unknown>)[part] : undefined,
      object,
    );
}

/** Sets the value at a dotted path, making the objects on the way. */
export function setValueAt(object: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  const last = parts.pop() ?? key;
  let at = object;
  for (const part of parts) {
    const next = at[part];
    at = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : (at[part] = {});
  }
  at[last] = value;
}

/** The field of the format a column belongs to: `claim` for `claim.start`. */
export const fieldOf = (column: Column) => column.key.split(".")[0] ?? column.key;

/** A header as read: `Source_Title`, `source-title` and `source title` all read `source title`. */
export function headerKey(header: string): string {
  return (
    header
      // Zero-width characters a copy from a web page or a BOM mid-file leaves: invisible, so never a name.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, " ")
  );
}

/** A header as matched, ignoring case, spaces, `_` and `-`: `SourceTitle` is the `source title` column too. */
export const columnKey = (header: string): string => headerKey(header).replaceAll(" ", "");
