import { useEffect, useState } from "react";

/** The mark the chart sets once its first items are in the DOM (the benchmark reads it too). */
export const FIRST_DRAW_MARK = "timeline:first-draw";

/**
 * The mark the chart sets once all its rows are laid out: its first draw may lay out only the rows in view
 * (useRestOfRows). The benchmark reads it too.
 */
export const ALL_ROWS_MARK = "timeline:all-rows";

const marked = (name: string) => performance.getEntriesByName(name).length > 0;
const drawn = () => marked(FIRST_DRAW_MARK) && marked(ALL_ROWS_MARK);

/** Sets the first-draw mark, once per page. */
export function markFirstDraw(): void {
  if (!marked(FIRST_DRAW_MARK)) performance.mark(FIRST_DRAW_MARK);
}

/** Sets the all-rows mark, once per page. */
export function markAllRows(): void {
  if (!marked(ALL_ROWS_MARK)) performance.mark(ALL_ROWS_MARK);
}

/**
 * Runs `start` once the chart has drawn its first items and laid out all its rows, so that what drawing
 * does not need (zoom, the list of what changed) is fetched after it, not ahead of it. Returns a canceller.
 */
export function afterFirstDraw(start: () => void): () => void {
  if (typeof PerformanceObserver === "undefined" || drawn()) {
    start();
    return () => undefined;
  }
  const observer = new PerformanceObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: "mark" });
  return () => observer.disconnect();
}

/** False until the chart's first draw (or when there is no chart to wait for), then true. */
export function useAfterFirstDraw(waitForChart: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => (waitForChart ? afterFirstDraw(() => setAfter(true)) : undefined), [waitForChart]);
  return after || !waitForChart;
}
