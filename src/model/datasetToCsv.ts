import { csvCell } from "../data/csvCell.ts";
import {
  COLUMNS,
  META,
  SHOW_FIELDS,
  SHOW_ROW,
  STRUCTURAL,
  fieldOf,
  valueAt,
  type ColumnLevel,
} from "../data/csvLayout.ts";
import type { Dataset } from "../data/schema.ts";
import { runSteps } from "./runSteps.ts";
import { SAVING, type SavingStep } from "./savingStep.ts";

export interface DatasetCsv {
  readonly csv: string;
  /** What the layout cannot carry, by JSON path: named, never dropped silently. */
  readonly lost: readonly string[];
}

const carried = (level: ColumnLevel) =>
  new Set([...COLUMNS.filter((c) => c.level === level).map(fieldOf), ...STRUCTURAL[level]]);
const CARRIED = { event: carried("event"), source: carried("source"), citation: carried("citation") };
const TOP = new Set<string>([...META, "shows", "sources", "events"]);

/** A row of the CSV, its line break included. */
const line = (cells: readonly string[]) => `${cells.map(csvCell).join(",")}\r\n`;

/** A dataset in the spreadsheet layout of csvLayout.ts: what `npm run convert` and Save CSV write. */
export function datasetToCsv(dataset: Dataset): DatasetCsv {
  const { rows, lost } = runSteps(datasetToCsvSteps(dataset));
  return { csv: rows.join(""), lost };
}

/**
 * datasetToCsv as steps, one per event: what the page paces (saveExport). The text comes as its rows, each
 * with its line break, which the page makes into the file a part at a time (blobSteps): one string of them
 * all was 100 ms of the page's time at 20k events.
 */
export function* datasetToCsvSteps(
  dataset: Dataset,
): Generator<SavingStep, { readonly rows: readonly string[]; readonly lost: readonly string[] }> {
  const lost: string[] = [];
  const lose = (path: string, object: object, keep: ReadonlySet<string>) => {
    for (const key of Object.keys(object)) {
      if (!keep.has(key)) lost.push(`${path}.${key} has no column in the CSV layout`);
    }
  };
  lose("(top level)", dataset, TOP);
  const rows: string[] = [];
  const record = dataset as unknown as Record<string, unknown>;
  for (const name of META) {
    const value = record[name];
    if (typeof value === "string") rows.push(line([`#${name}`, value]));
  }
  dataset.shows.forEach((show, s) => {
    lose(`shows[${s}]`, show, new Set(SHOW_FIELDS));
    const fields = show as unknown as Record<string, unknown>;
    rows.push(line([SHOW_ROW, ...SHOW_FIELDS.map((key) => String(fields[key] ?? ""))]));
  });
  rows.push(line(COLUMNS.map((c) => c.header)));

  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const cited = new Set<string>();
  for (const [e, event] of dataset.events.entries()) {
    lose(`events[${e}]`, event, CARRIED.event);
    if (event.citations.length === 0) lost.push(`events[${e}] cites nothing, so it has no row`);
    event.citations.forEach((citation, c) => {
      lose(`events[${e}].citations[${c}]`, citation, CARRIED.citation);
      const source = sources.get(citation.source);
      cited.add(citation.source);
      const objects: Record<ColumnLevel, Record<string, unknown>> = {
        event: event as unknown as Record<string, unknown>,
        source: (source ?? { id: citation.source }) as unknown as Record<string, unknown>,
        citation: citation as unknown as Record<string, unknown>,
      };
      rows.push(line(COLUMNS.map((column) => column.write(valueAt(objects[column.level], column.key)))));
    });
    yield SAVING;
  }
  dataset.sources.forEach((source, s) => {
    lose(`sources[${s}]`, source, CARRIED.source);
    if (!cited.has(source.id))
      lost.push(`sources[${s}] (${source.id}) is cited by no event, so it has no row`);
  });
  return { rows, lost };
}
