import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from "react";
import type { ScaleTime } from "d3-scale";
import { revealTransform, type XTransform } from "../dates/zoomWindow.ts";
import { itemSpan } from "../layout/itemFit.ts";
import { PACK_MARKER_WIDTH } from "../scene/chartLayout.ts";
import { nextItem, timeOrder, type NavigationKey } from "../layout/keyboardOrder.ts";
import type { PlacedLookup } from "../layout/placedLookup.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import { LANE_HEIGHT } from "../scene/chartFrame.ts";
import type { ItemRegistry } from "./useItemRegistry.ts";
import type { TransformStore } from "./transformStore.ts";

const NAV_KEYS = new Set<string>(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

export interface FocusState {
  /** The item last focused: the roving tab stop. */
  readonly activeId: string | null;
  /** An item to focus once it is drawn. */
  readonly pendingFocus: string | null;
  readonly setActiveId: (id: string | null) => void;
  readonly setPendingFocus: (id: string | null) => void;
}

/** Roving focus's state, apart from its handlers, so that what to draw can include the item to focus. */
export function useFocusState(): FocusState {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  return { activeId, pendingFocus, setActiveId, setPendingFocus };
}

export interface ItemFocus {
  /** Scrolls and pans to an item, draws it if it is out of view, and focuses it. */
  readonly focusItem: (id: string) => void;
  /** Stable handlers for every item: they read the item from `data-event-id`. */
  readonly onItemKey: (event: KeyboardEvent<SVGGElement>) => void;
  readonly onFocusItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onBlurItem: (event: FocusEvent<SVGGElement>) => void;
}

/**
 * Roving focus over the items: one is the tab stop; arrow keys move it in time and row order; focus never
 * lands on an item off screen (the rows scroll and the plot pans to it first), and an item not drawn yet is
 * focused once it is.
 */
export function useItemFocus(options: {
  readonly state: FocusState;
  readonly registry: ItemRegistry;
  /** Changes when items are drawn: an item waiting for focus may be there now. */
  readonly drawnVersion: unknown;
  readonly placed: readonly PlacedItem[];
  readonly placedById: PlacedLookup;
  readonly store: TransformStore;
  readonly setTransform: (t: XTransform) => void;
  /** Scrolls the rows so that a y is in view. */
  readonly revealRow: (y: number, margin: number) => void;
  readonly plotWidth: number;
  /** The time scale at the fitted zoom. */
  readonly base: ScaleTime<number, number>;
  readonly onSelect: (id: string) => void;
  /** Hears which item took focus (the tooltip shows for it). */
  readonly onFocused: (id: string) => void;
  /** The chart's labelled root: focus goes there when the item that has it leaves the chart. */
  readonly root: RefObject<HTMLElement | null>;
}): ItemFocus {
  const { state, registry, drawnVersion, placed, placedById, store, setTransform, revealRow } = options;
  const { base, plotWidth } = options;
  const { onSelect, onFocused } = options;
  const { pendingFocus, setActiveId, setPendingFocus } = state;

  // Sorting every item by time is only needed once someone moves by keyboard.
  const orderCache = useRef<{ placed: readonly PlacedItem[]; order: PlacedItem[] } | null>(null);
  const getOrder = useCallback(() => {
    if (orderCache.current?.placed !== placed) orderCache.current = { placed, order: timeOrder(placed) };
    return orderCache.current.order;
  }, [placed]);

  // The item that has the page's focus. Taken out of the chart with it (its show filtered out, Back to a
  // view without it), it would leave the focus on the page's body, where the arrow keys do nothing: the
  // chart takes it instead, and its arrows lead back to an item (the chart's own keys).
  // Drawn again in another layer (moved between the plot and the shelf by a step in time, or Back), it is
  // another element: that one takes the focus the old one took away with it.
  const holder = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = holder.current;
    if (id === null) return;
    const element = registry.get(id);
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element) {
      if (lost) element.focus({ preventScroll: true });
      return;
    }
    holder.current = null;
    if (lost) options.root.current?.focus({ preventScroll: true });
  });

  useLayoutEffect(() => {
    if (pendingFocus === null) return;
    const element = registry.get(pendingFocus);
    if (element) {
      element.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, drawnVersion, registry, setPendingFocus]);

  /** Scrolls and pans so that an item is in view (focus must never land on something off screen). */
  const reveal = useCallback(
    (p: PlacedItem, margin = LANE_HEIGHT) => {
      revealRow(p.y, margin);
      if (p.placement.at === "plot") {
        const t = store.getState().live;
        const [x0, x1] = itemSpan(p.item, (ms) => t.k * base(ms) + t.x, PACK_MARKER_WIDTH);
        const to = revealTransform(t, x0, x1, plotWidth);
        if (to) setTransform(to);
      }
    },
    [revealRow, store, base, plotWidth, setTransform],
  );

  const focusPlaced = useCallback(
    (p: PlacedItem) => {
      reveal(p);
      setActiveId(p.item.id);
      const element = registry.get(p.item.id);
      // Drawn already: focus now, since a later frame would race the next key press. Otherwise once drawn.
      if (element) element.focus();
      else setPendingFocus(p.item.id);
    },
    [reveal, registry, setActiveId, setPendingFocus],
  );
  const focusItem = useCallback(
    (id: string) => {
      const p = placedById.get(id);
      if (p) focusPlaced(p);
    },
    [placedById, focusPlaced],
  );

  const onItemKey = useCallback(
    (event: KeyboardEvent<SVGGElement>) => {
      const id = event.currentTarget.dataset["eventId"];
      // Alt+← is Back, Ctrl+→ a screen reader's or the system's: the browser's, not a move between items.
      if (!id || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onSelect(id);
      } else if (NAV_KEYS.has(event.key) && !event.shiftKey) {
        event.preventDefault();
        const next = nextItem(getOrder(), id, event.key as NavigationKey);
        if (next) focusPlaced(next);
      }
    },
    [onSelect, getOrder, focusPlaced],
  );
  const onFocusItem = useCallback(
    (event: FocusEvent<SVGGElement>) => {
      const id = event.currentTarget.dataset["eventId"];
      const p = id === undefined ? undefined : placedById.get(id);
      if (!p) return;
      holder.current = p.item.id;
      // Scrolled to only when it is out of sight: an item a click or a tap focuses is under the pointer, and
      // scrolling it from there (to give it a lane's room) made the click land on something else.
      reveal(p, -LANE_HEIGHT / 2);
      setActiveId(p.item.id);
      onFocused(p.item.id);
    },
    [placedById, reveal, setActiveId, onFocused],
  );
  // Focus that moves on from an item (a removed element is no longer connected: it still held it).
  const onBlurItem = useCallback((event: FocusEvent<SVGGElement>) => {
    if (event.currentTarget.isConnected) holder.current = null;
  }, []);
  // Stable across renders, so that memoized items stay put: the latest handlers, called through refs.
  const keyRef = useRef(onItemKey);
  const focusRef = useRef(onFocusItem);
  useLayoutEffect(() => {
    keyRef.current = onItemKey;
    focusRef.current = onFocusItem;
  });
  const stableKey = useCallback((event: KeyboardEvent<SVGGElement>) => keyRef.current(event), []);
  const stableFocus = useCallback((event: FocusEvent<SVGGElement>) => focusRef.current(event), []);
  return { focusItem, onItemKey: stableKey, onFocusItem: stableFocus, onBlurItem };
}
