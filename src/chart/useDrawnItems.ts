import { useMemo, useState } from "react";
import type { XTransform } from "../dates/zoomWindow.ts";
import { firstInTime } from "../layout/keyboardOrder.ts";
import { drawnRange } from "../layout/overscan.ts";
import { placedListReuser } from "../layout/placedListReuser.ts";
import type { PlacedLookup } from "../layout/placedLookup.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import { tabStopItem } from "../layout/tabStopItem.ts";
import { visibleItems, type LaneIndex } from "../layout/visibleItems.ts";
import { PACK_MARKER_WIDTH } from "../scene/chartLayout.ts";
import type { RowsViewport } from "./useRowsViewport.ts";

export interface DrawnItems {
  /** The items in view and its overscan. */
  readonly visible: readonly PlacedItem[];
  /** Items focus, selection or the tooltip need that are not in view. */
  readonly extras: readonly PlacedItem[];
  readonly drawn: readonly PlacedItem[];
  /** The roving tab stop's item. */
  readonly tabStop: string | null;
}

/**
 * What to draw: the items in view (and the overscan), then any item focus, selection or the tooltip needs.
 * The tab stop is the item last focused, else the selected one, else the first in time of those on screen,
 * or the drawn one nearest the view (tabStopItem), else the first of all.
 */
export function useDrawnItems(options: {
  readonly index: LaneIndex;
  readonly placed: readonly PlacedItem[];
  readonly placedById: PlacedLookup;
  readonly transform: XTransform;
  readonly plotWidth: number;
  readonly viewport: RowsViewport;
  /** The item last focused, the selected one, the tooltip's, and one waiting to be focused. */
  readonly activeId: string | null;
  readonly selectedId: string | null;
  readonly shownId: string | null;
  readonly pendingFocus: string | null;
}): DrawnItems {
  const { index, placed, placedById, transform: t, plotWidth, viewport } = options;
  const { activeId, selectedId, shownId, pendingFocus } = options;
  // The same list while the items in view are placed as they were: their marks are then not made again.
  const [reuse] = useState(placedListReuser);
  const visible = useMemo(() => {
    const [x0, x1] = drawnRange(t, plotWidth);
    const margin = viewport.height / 2;
    return reuse(visibleItems(index, viewport.top - margin, viewport.top + viewport.height + margin, x0, x1));
  }, [reuse, index, viewport, t, plotWidth]);
  const nearView = useMemo(
    () => tabStopItem(visible, t, plotWidth, viewport, PACK_MARKER_WIDTH / 2),
    [visible, t, plotWidth, viewport],
  );
  const active = activeId !== null && placedById.has(activeId) ? activeId : null;
  // The first of all items only when nothing nearer will do: it reads every item (at 100k events, a kind
  // unticked leaves 60k, about 30 ms of the filter's render).
  const needsFirst = active === null && selectedId === null && nearView === null;
  const first = useMemo(() => (needsFirst ? firstInTime(placed) : null), [needsFirst, placed]);
  const tabStop = active ?? selectedId ?? nearView?.item.id ?? first?.item.id ?? null;
  const extras = useMemo(() => {
    const ids = new Set(visible.map((p) => p.item.id));
    return [tabStop, selectedId, shownId, pendingFocus].flatMap((id) => {
      const p = id === null || ids.has(id) ? undefined : placedById.get(id);
      if (!p) return [];
      ids.add(p.item.id);
      return [p];
    });
  }, [visible, tabStop, selectedId, shownId, pendingFocus, placedById]);
  const drawn = useMemo(() => (extras.length ? [...visible, ...extras] : visible), [visible, extras]);
  return { visible, extras, drawn, tabStop };
}
