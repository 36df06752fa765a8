import { applyX, type XTransform } from "../dates/zoomWindow.ts";
import { firstInTime } from "./keyboardOrder.ts";
import type { PlacedItem } from "./rowLayout.ts";

/** The rows' band in view, px from the top of the chart body. */
export interface RowsBand {
  readonly top: number;
  readonly height: number;
}

/**
 * An item's extent on screen, px from the plot's left edge. Its fitted pixels include half a marker each
 * side (packing keeps room for it), and that room grows with the zoom: it is taken off first, so that an
 * item counts from the day it stands for, as its ring does. A shelf item has no extent: null.
 */
function screenSpan(p: PlacedItem, t: XTransform, markerPad: number): [number, number] | null {
  if (p.placement.at === "shelf") return null;
  const { fitX0, fitX1 } = p.placement;
  const inset = Math.min(markerPad, (fitX1 - fitX0) / 2);
  return [applyX(t, fitX0 + inset), applyX(t, fitX1 - inset)];
}

/**
 * Where Tab lands when no item is focused or selected: the first in time of the drawn items whose day is
 * on screen, in the rows in view; else the drawn item nearest the view's centre. So a shared link's zoom
 * is not panned away by the first Tab, and a reader scrolled past everything dated is not carried to the
 * dataset's first item. Null when nothing is drawn.
 */
export function tabStopItem(
  drawn: readonly PlacedItem[],
  t: XTransform,
  plotWidth: number,
  band: RowsBand,
  markerPad: number,
): PlacedItem | null {
  const top = band.top;
  const bottom = band.top + band.height;
  const onScreen = drawn.filter((p) => {
    if (p.y < top || p.y > bottom) return false;
    const span = screenSpan(p, t, markerPad);
    return span === null || (span[1] >= 0 && span[0] <= plotWidth);
  });
  if (onScreen.length > 0) return firstInTime(onScreen);
  const middle = top + band.height / 2;
  let nearest: PlacedItem | null = null;
  let distance = Infinity;
  for (const p of drawn) {
    const span = screenSpan(p, t, markerPad);
    const dx = span === null ? 0 : span[1] < 0 ? -span[1] : span[0] > plotWidth ? span[0] - plotWidth : 0;
    const d = Math.hypot(dx, p.y - middle);
    if (d < distance) {
      distance = d;
      nearest = p;
    }
  }
  return nearest;
}
