import type { XTransform } from "../dates/zoomWindow.ts";
import { layerShift } from "./overscan.ts";

/** A picture stretched further than this looks blurred: paint it again. */
const MAX_CANVAS_STRETCH = 3;
/** Rounding slack at the view's edges, px. */
const EDGE = 0.5;

/**
 * How a canvas painted over the view [0, width) at `painted` moves to show the view at `live` without a
 * repaint (screen x = ratio · painted x + dx), or null when it cannot: the view reaches past what was
 * painted (a pan, a zoom out), or the picture would be stretched too far. Mid-gesture a zoom in then only
 * moves the canvas, as the SVG renderer moves its drawn layer.
 */
export function canvasStretch(
  painted: XTransform,
  live: XTransform,
  width: number,
): { readonly ratio: number; readonly dx: number } | null {
  const { ratio, dx } = layerShift(painted, live);
  if (!(ratio >= 1 && ratio <= MAX_CANVAS_STRETCH)) return null;
  return dx <= EDGE && dx + ratio * width >= width - EDGE ? { ratio, dx } : null;
}
