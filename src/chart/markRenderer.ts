/**
 * Charts of more items than this paint their plotted marks on a canvas (MarksCanvas), repainted from the
 * lane index at every zoom frame; smaller ones draw them as SVG (ChartItem), which export and the scene
 * snapshots share. Either way every drawn item keeps its focusable element, name, hit area and ring.
 */
export const CANVAS_THRESHOLD = 5_000;

export type MarkRenderer = "svg" | "canvas";

/** The renderer for a chart of `itemCount` items (those that pass the filters). */
export function markRenderer(itemCount: number): MarkRenderer {
  return itemCount > CANVAS_THRESHOLD ? "canvas" : "svg";
}
