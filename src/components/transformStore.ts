import { createStore, type StoreApi } from "zustand/vanilla";
import type { XTransform } from "../timeline/zoomWindow.ts";

export interface TransformState {
  /** The zoom as it is this frame, from d3-zoom. */
  readonly live: XTransform;
}

/**
 * The live zoom of one chart. Only the cheap parts (axis, grid) subscribe to it; the item layer follows it
 * with one transform attribute, and React repositions items when a gesture settles.
 */
export type TransformStore = StoreApi<TransformState>;

export function createTransformStore(): TransformStore {
  return createStore<TransformState>(() => ({ live: { k: 1, x: 0 } }));
}
