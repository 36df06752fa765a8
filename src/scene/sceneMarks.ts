import { itemGeometry, shelfGeometry, type ItemGeometry } from "../layout/itemGeometry.ts";
import { drawnClip } from "../layout/overscan.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { shelfCentre, type ChartFrame } from "./chartFrame.ts";
import { overlayName, overlayParts, shelfOverlayParts, type SceneOverlay } from "./overlayParts.ts";
import type { SceneMark } from "./scene.ts";
import { sceneMark } from "./sceneMark.ts";

/** An item's geometry where it stands: on the plot under `x`, clipped to `clip`, or at its shelf column. */
function placedGeometry(
  placed: PlacedItem,
  x: (ms: number) => number,
  clip: readonly [number, number],
): ItemGeometry {
  return placed.placement.at === "plot"
    ? itemGeometry(placed.item, x, clip)
    : shelfGeometry(placed.item.isWindow, shelfCentre(placed.placement.column));
}

/**
 * The marks of the drawn items, unlabelled. `shift` is where the screen's left edge is in `x`'s
 * coordinates, when those are a drawn layer's rather than the screen's (layerOrigin): the clip follows it.
 */
export function sceneMarks(
  drawn: readonly PlacedItem[],
  x: (ms: number) => number,
  frame: ChartFrame,
  colors: ReadonlyMap<string, string>,
  palette: ChartPalette,
  overlay?: SceneOverlay,
  shift = 0,
): SceneMark[] {
  const [from, to] = drawnClip(frame.plotWidth);
  const clip = [from + shift, to + shift] as const;
  return drawn.map((p) => {
    const color = colors.get(p.item.show.id) ?? palette.text;
    const geometry = placedGeometry(p, x, clip);
    const found = overlay?.byId.get(p.item.id);
    const extra =
      found && overlay
        ? {
            // Off the plot (the shelf) there is no time to draw them on: the ghosts stand above the glyph, and
            // a known outcome's triangle under it; its date is in the item's name.
            parts:
              p.placement.at === "plot"
                ? overlayParts(p.item, found, overlay.actual, x, clip, color, palette)
                : shelfOverlayParts(found, geometry.x0, geometry.x1, color, overlay.actual, palette),
            name: overlayName(p.item.name, found, overlay.actual),
          }
        : null;
    return sceneMark(p, geometry, color, palette, extra);
  });
}
