import type { XTransform } from "../dates/zoomWindow.ts";

/**
 * How far beyond each side of the view items are drawn, in view widths. Between React redraws a zoom
 * frame only moves the drawn layer, so everything the view can reach before the next redraw must be drawn.
 */
export const OVERSCAN = 1;
/** Stretching the drawn layer further than this blurs it: redraw. */
const MAX_STRETCH = 3;

/** The range drawn for a transform, in fitted-zoom pixels (packing's coordinates). */
export function drawnRange(t: XTransform, width: number): [number, number] {
  return [(-t.x - OVERSCAN * width) / t.k, ((1 + OVERSCAN) * width - t.x) / t.k];
}

/** The screen range items are clipped to when drawn for a transform, a little beyond the drawn range. */
export function drawnClip(width: number): [number, number] {
  return [-OVERSCAN * width - 60, (1 + OVERSCAN) * width + 60];
}

/** The drawn layer's move from where it was drawn to the live zoom: screen x = ratio · drawn x + dx. */
export function layerShift(drawn: XTransform, live: XTransform): { ratio: number; dx: number } {
  const ratio = live.k / drawn.k;
  return { ratio, dx: live.x - drawn.x * ratio };
}

/**
 * Whether the layer drawn for `drawn`, moved to `live`, still shows the whole view, stretched (or shrunk)
 * no more than `stretch` times.
 */
function layerShows(drawn: XTransform, live: XTransform, width: number, stretch: number): boolean {
  const { ratio, dx } = layerShift(drawn, live);
  // The view's edges, in the drawn layer's own coordinates.
  const left = -dx / ratio;
  const right = (width - dx) / ratio;
  return (
    ratio <= stretch && ratio >= 1 / stretch && left >= -OVERSCAN * width && right <= (1 + OVERSCAN) * width
  );
}

/** Whether the live view has reached past what was drawn, or stretched it too far: time to redraw. */
export function needsRedraw(drawn: XTransform, live: XTransform, width: number): boolean {
  return !layerShows(drawn, live, width, MAX_STRETCH);
}

/**
 * Whether the layer drawn for `drawn`, moved to `live`, still shows the whole view, stretched no more than
 * twice what a gesture allows before it redraws: it can stand in while a redraw renders in the background.
 * A jump (focus panning to a far item, a link's window) cannot wait: what was drawn is not there.
 */
export function coversView(drawn: XTransform, live: XTransform, width: number): boolean {
  return layerShows(drawn, live, width, 2 * MAX_STRETCH);
}

/**
 * A drawn layer's items are placed for the drawn zoom with its pan rounded to this many px, and the layer is
 * moved by the rest. A pan within a step leaves every item's coordinates as they were, so the redraw after
 * it touches only the items that came into view or left it; the rounding keeps coordinates small.
 */
const ORIGIN_STEP = 8192;

/** The transform a drawn layer's items are placed for, when drawn for `t` (see ORIGIN_STEP). */
export function layerOrigin(t: XTransform): XTransform {
  // `+ 0` turns a -0 into 0.
  return { k: t.k, x: Math.round(t.x / ORIGIN_STEP) * ORIGIN_STEP + 0 };
}
