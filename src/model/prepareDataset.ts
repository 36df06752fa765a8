import { withEdtfGrammar } from "../dates/edtfGrammar.ts";
import { timelineItems, type TimelineItem } from "./timelineItems.ts";
import { parseDatasetText, type ParsedDataset } from "../data/parseDataset.ts";
import type { Contradiction } from "./contradictions.ts";
import { relationContradictions, type RelationStatement } from "./relationContradictions.ts";

export interface PreparedDataset extends ParsedDataset {
  /** The events, dates parsed, ready to lay out. */
  readonly items: readonly TimelineItem[];
  /** Relations that cannot all be true (A after B after A): drawn, and shown as the sources disagreeing. */
  readonly contradictions: readonly Contradiction<RelationStatement>[];
}

/** JSON text → validated dataset and its items. The validator and the date parser live behind this. */
export function prepareDataset(text: string): PreparedDataset {
  return prepareParsed(parseDatasetText(text));
}

/** prepareDataset(), loading the EDTF grammar first when a date is not plain ISO. */
export function prepareDatasetText(text: string): Promise<PreparedDataset> {
  return withEdtfGrammar(() => prepareDataset(text));
}

/** A validated dataset (from JSON or a spreadsheet) → its items and the contradictions among its relations. */
export function prepareParsed(parsed: ParsedDataset): PreparedDataset {
  return {
    ...parsed,
    items: timelineItems(parsed.dataset),
    contradictions: relationContradictions(parsed.dataset),
  };
}
