import { useEffect, useState } from "react";

/** The mark the chart sets once its first items are in the DOM (the benchmark reads it too). */
export const FIRST_DRAW_MARK = "timeline:first-draw";

const drawn = () => performance.getEntriesByName(FIRST_DRAW_MARK).length > 0;

/** Sets the first-draw mark, once per page. */
export function markFirstDraw(): void {
  if (!drawn()) performance.mark(FIRST_DRAW_MARK);
}

/**
 * Runs `start` once the chart has drawn its first items, so that what drawing does not need (zoom, the
 * list of what changed) is fetched after it, not ahead of it. Returns a canceller.
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
