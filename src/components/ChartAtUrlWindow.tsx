import { memo } from "react";
import { TimelineChart, type TimelineChartProps } from "../chart/TimelineChart.tsx";
import { searchWithoutWindow } from "../model/viewState.ts";
import { useSearchPart } from "./useSearchPart.ts";
import { useUrlWindow } from "./useUrlWindow.ts";

/**
 * The chart at the URL's zoom window. The window is read here, not by the page: when a gesture's end writes
 * it, only the chart renders again, not the page around it (the filters, the as-of control, What changed).
 */
export const ChartAtUrlWindow = memo(function ChartAtUrlWindow({
  search,
  behind,
  ...props
}: Omit<TimelineChartProps, "window"> & {
  /** The URL's search (all but the window) the page drew these items from. */
  readonly search: string;
}) {
  // Back or forward can bring this chart the URL's new window before the page has read the rest of that
  // URL (its day, its filters): the items are then the old URL's, and so is their scale.
  const now = useSearchPart(searchWithoutWindow);
  return <TimelineChart {...props} window={useUrlWindow()} behind={(behind ?? false) || search !== now} />;
});
