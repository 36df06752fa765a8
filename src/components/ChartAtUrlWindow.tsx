import { memo } from "react";
import { TimelineChart, type TimelineChartProps } from "../chart/TimelineChart.tsx";
import { useUrlWindow } from "./useUrlWindow.ts";

/**
 * The chart at the URL's zoom window. The window is read here, not by the page: when a gesture's end writes
 * it, only the chart renders again, not the page around it (the filters, the as-of control, What changed).
 */
export const ChartAtUrlWindow = memo(function ChartAtUrlWindow(props: Omit<TimelineChartProps, "window">) {
  return <TimelineChart {...props} window={useUrlWindow()} />;
});
