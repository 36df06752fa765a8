import { createStore, type StoreApi } from "zustand/vanilla";
import type { XTransform } from "../dates/zoomWindow.ts";

export interface TransformState {
  /** The zoom as it is this frame, from d3-zoom. */
  readonly live: XTransform;
}

/**
 * The live zoom of one chart. Only the axis re-renders with it; the plotted items (and their grid) follow
 * it by one CSS transform, and React repositions them when a gesture settles.
 */
export type TransformStore = StoreApi<TransformState>;

export function createTransformStore(): TransformStore {
  return createStore<TransformState>(() => ({ live: { k: 1, x: 0 } }));
}
