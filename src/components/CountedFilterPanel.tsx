import { useMemo } from "react";
import type { Dataset } from "../data/schema.ts";
import { itemCounts } from "../model/itemCounts.ts";
import { sortedPublishers } from "../model/sortedPublishers.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { FilterPanel, type FilterPanelProps } from "./FilterPanel.tsx";

interface CountedFilterPanelProps extends Omit<FilterPanelProps, "shows" | "publishers" | "counts"> {
  readonly dataset: Dataset;
  /** The items the counts are of: the day's, before filtering. */
  readonly items: readonly TimelineItem[];
}

/**
 * The filter panel with its counts and publishers worked out in its own render, in its own chunk: they are
 * not the first draw's, and a step to another report day (20k events: about 30 ms of counting) is work
 * React may pause between, not one with the page's own.
 */
export function CountedFilterPanel({ dataset, items, ...props }: CountedFilterPanelProps) {
  const counts = useMemo(() => itemCounts(items), [items]);
  const publishers = useMemo(() => sortedPublishers(dataset), [dataset]);
  return <FilterPanel {...props} shows={dataset.shows} publishers={publishers} counts={counts} />;
}
