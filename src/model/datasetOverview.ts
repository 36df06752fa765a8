import type { Dataset } from "../data/schema.ts";
import { itemsById } from "./itemsById.ts";
import { newestReport } from "./newestReport.ts";
import type { TimelineItem } from "./timelineItems.ts";

/**
 * What the page needs to know about a day's dataset as a whole, worked out once per day shown. (The
 * shows' colours are the whole dataset's: showColors. The filter panel's counts and its sorted publishers
 * are not here either: the panel loads after the first draw, and so do they.)
 */
export interface DatasetOverview {
  /** The newest predicting article's date (UTC ms): the "latest report" line. */
  readonly latestReport: number | null;
  readonly byId: ReadonlyMap<string, TimelineItem>;
}

export function datasetOverview(dataset: Dataset, items: readonly TimelineItem[]): DatasetOverview {
  const newest = newestReport(dataset);
  return {
    latestReport: newest ? Date.parse(newest) : null,
    // Only an item looked up (zoom to it, a hidden or related item's notice) needs it, never the first draw.
    // Unfiltered, the chart's items are this very list, and share the map.
    byId: itemsById(items),
  };
}
