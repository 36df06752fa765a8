import { COLUMNS, fieldOf, type Column, type ColumnLevel } from "../data/csvLayout.ts";

/** Where a field of the built JSON came from: its spreadsheet row (1-based, header included) and column. */
export interface CellPlace {
  readonly row: number;
  readonly column: string;
  /**
   * An item made of several rows (an event, a source, a show that the show column names): all of them, in
   * order, `row` the first. Its problem names them all, "rows 4–6, column show".
   */
  readonly rows?: readonly number[];
}

/** JSON path (`events[2].start`, `events[2].citations[0]`) → the cell it came from. */
export interface CellPlaces {
  get(path: string): CellPlace | undefined;
}

/** A source or an event as the rows built it: its first row, the row each field came from, all its rows. */
export interface PlacedGroup {
  readonly row: number;
  readonly rowOf: ReadonlyMap<string, number>;
  readonly rows: readonly number[];
}

/** A citation's row, and the column that names its source (`source id`, else `url`). */
export interface PlacedCitation {
  readonly row: number;
  readonly sourceColumn: string;
}

export interface PlacedEvent extends PlacedGroup {
  readonly citations: readonly PlacedCitation[];
}

// Each level's columns by their key (`claim.start`).
const BY_KEY: Readonly<Record<ColumnLevel, ReadonlyMap<string, Column>>> = {
  event: new Map(COLUMNS.filter((c) => c.level === "event").map((c) => [c.key, c])),
  source: new Map(COLUMNS.filter((c) => c.level === "source").map((c) => [c.key, c])),
  citation: new Map(COLUMNS.filter((c) => c.level === "citation").map((c) => [c.key, c])),
};

/** An item's own place: its rows, at the column that names it best. */
function itemPlace({ row, rows }: PlacedGroup, column: string): CellPlace {
  return { row, column, rows };
}

const PATH = /^(sources|events)\[(\d+)\](?:\.citations\[(\d+)\])?(?:\.(.+))?$/;

/** A field no row gave (a required one left empty) is named at its column, on the group's first row. */
function groupField(group: PlacedGroup, level: "event" | "source", key: string): CellPlace | undefined {
  const column = BY_KEY[level].get(key);
  return column && { row: group.rowOf.get(fieldOf(column)) ?? group.row, column: column.header };
}

/**
 * The cells behind a sheet's JSON, found when a problem asks. Only a problem needs a place, and making
 * every field's path up front (a few million strings at 100,000 rows) took about 3 s of a big sheet's load.
 * `fixed` holds the rows above the header (`shows[0]`, `title`).
 */
export function cellPlaces(
  fixed: ReadonlyMap<string, CellPlace>,
  sources: readonly PlacedGroup[],
  events: readonly PlacedEvent[],
): CellPlaces {
  const placeOf = (path: string): CellPlace | undefined => {
    const match = PATH.exec(path);
    if (!match) return undefined;
    const [, list, at, citationAt, key] = match;
    if (list === "sources") {
      const source = citationAt === undefined ? sources[Number(at)] : undefined;
      if (!source) return undefined;
      return key === undefined ? itemPlace(source, "url") : groupField(source, "source", key);
    }
    const event = events[Number(at)];
    if (!event) return undefined;
    if (citationAt === undefined) {
      return key === undefined ? itemPlace(event, "label") : groupField(event, "event", key);
    }
    const citation = event.citations[Number(citationAt)];
    if (!citation) return undefined;
    if (key === undefined) return { row: citation.row, column: "quote" };
    if (key === "source") return { row: citation.row, column: citation.sourceColumn };
    // An outcome without its date: the cell to write it in.
    if (key === "claim") return { row: citation.row, column: "claim start" };
    const column = BY_KEY.citation.get(key);
    return column && { row: citation.row, column: column.header };
  };
  return { get: (path) => fixed.get(path) ?? placeOf(path) };
}
