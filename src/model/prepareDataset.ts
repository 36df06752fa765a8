import { timelineItems, type TimelineItem } from "./timelineItems.ts";
import { parseDatasetText, type ParsedDataset } from "../data/parseDataset.ts";

export interface PreparedDataset extends ParsedDataset {
  /** The events, dates parsed, ready to lay out. */
  readonly items: readonly TimelineItem[];
}

/** JSON text → validated dataset and its items. The validator and the date parser live behind this. */
export function prepareDataset(text: string): PreparedDataset {
  const parsed = parseDatasetText(text);
  return { ...parsed, items: timelineItems(parsed.dataset) };
}
