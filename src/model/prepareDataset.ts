import { withEdtfGrammar } from "../dates/edtfGrammar.ts";
import { timelineItems, type TimelineItem } from "./timelineItems.ts";
import { parseDatasetText, type ParsedDataset } from "../data/parseDataset.ts";
import type { Contradiction } from "./contradictions.ts";
import { relationContradictions, type RelationStatement } from "./relationContradictions.ts";
import type { Dataset } from "../data/schema.ts";
import { asOfDays } from "./asOfDays.ts";
import type { AsOfDays } from "./asOfParam.ts";
import { datasetAsOf } from "./datasetAsOf.ts";
import { itemOverlays, type ItemOverlay } from "./itemOverlays.ts";

export interface PreparedDataset extends ParsedDataset {
  /** The events, dates parsed, ready to lay out. */
  readonly items: readonly TimelineItem[];
  /** Relations that cannot all be true (A after B after A): drawn, and shown as the sources disagreeing. */
  readonly contradictions: readonly Contradiction<RelationStatement>[];
  /** The days the as-of view steps through. */
  readonly days: AsOfDays;
  /**
   * The dataset and its items as known on a day (UTC ms; Infinity: how it turned out). Here, with the date
   * parser, so that the page's first script stays small.
   */
  readonly asOf: (day: number) => {
    readonly dataset: Dataset;
    readonly items: readonly TimelineItem[];
    /** Each item's ghosts (superseded claims) and outcome as of the day, by id. */
    readonly overlays: ReadonlyMap<string, ItemOverlay>;
  };
}

/** JSON text → validated dataset and its items. The validator and the date parser live behind this. */
export function prepareDataset(text: string): PreparedDataset {
  return prepareParsed(parseDatasetText(text));
}

/** prepareDataset(), loading the EDTF grammar first when a date is not plain ISO. */
export function prepareDatasetText(text: string): Promise<PreparedDataset> {
  return withEdtfGrammar(() => prepareDataset(text));
}

/** A validated dataset (from JSON or a spreadsheet) → its items, the as-of view and the contradictions. */
export function prepareParsed(parsed: ParsedDataset): PreparedDataset {
  const items = timelineItems(parsed.dataset);
  const asOf = (day: number) => {
    const dataset = datasetAsOf(parsed.dataset, day);
    return {
      dataset,
      items: dataset === parsed.dataset ? items : timelineItems(dataset),
      overlays: itemOverlays(parsed.dataset, day),
    };
  };
  return {
    ...parsed,
    items,
    days: asOfDays(parsed.dataset),
    asOf,
    contradictions: relationContradictions(parsed.dataset),
  };
}
