import { createStore, type StoreApi } from "zustand/vanilla";
import type { XTransform } from "../dates/zoomWindow.ts";
import { needsRedraw } from "../layout/overscan.ts";

/** The fitted view: everything in it. */
export const IDENTITY: XTransform = { k: 1, x: 0 };

export interface TransformState {
  /** The zoom as it is this frame, from d3-zoom. Only the axis re-renders with it. */
  readonly live: XTransform;
  /** The zoom the items are drawn for: React redraws them when, and only when, this changes. */
  readonly drawn: XTransform;
  /** A gesture is under way: its frames move the marks, and labels wait for it to settle. */
  readonly moving: boolean;
  /**
   * A gesture's frame: the drawn layer follows `live` by one CSS transform, and the items are redrawn for
   * it only once the view reaches past what was drawn or stretches it too far.
   */
  readonly frame: (t: XTransform, width: number) => void;
  /**
   * A gesture settled (or the view jumped): the items are redrawn, and labels placed, for it. Returns what
   * is shown, now `live`: the drawn zoom itself when the two differ only by rounding.
   */
  readonly settle: (t: XTransform) => XTransform;
}

/** Zooms closer than this are the same, px and relative scale: far below anything a pixel shows. */
const SAME_ZOOM = 1e-9;

/**
 * The one owner of a chart's zoom: the live and the drawn transform, and the rule for when one becomes the
 * other. Views subscribe to it; none of them decides.
 */
export type TransformStore = StoreApi<TransformState>;

export function createTransformStore(): TransformStore {
  return createStore<TransformState>((set, get) => ({
    live: IDENTITY,
    drawn: IDENTITY,
    moving: false,
    frame: (t, width) =>
      set(
        needsRedraw(get().drawn, t, width) ? { live: t, drawn: t, moving: true } : { live: t, moving: true },
      ),
    settle: (t) => {
      const { drawn } = get();
      // A gesture that ends where the items are drawn (in, then back out) is shown as drawn: a rounding
      // error's difference would redraw every item and hide its labels behind a stretch of 1.0000000000000004.
      const same = Math.abs(t.k / drawn.k - 1) + Math.abs(t.x - drawn.x) / t.k < SAME_ZOOM;
      set(same ? { live: drawn, moving: false } : { live: t, drawn: t, moving: false });
      return same ? drawn : t;
    },
  }));
}
