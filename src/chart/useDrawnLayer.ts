import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import { useStore } from "zustand";
import type { XTransform } from "../dates/zoomWindow.ts";
import { coversView, layerShift } from "../layout/overscan.ts";
import type { TransformStore } from "./transformStore.ts";

/**
 * The plotted layers' zoom: the transform the items are drawn for (a React render only when that changes),
 * and the refs of the element the items' and their labels' layers lie in (`moved`) and of the labels' layer:
 * each zoom frame moves that element from there to the live zoom with one CSS transform. (One transform for
 * both layers, not one each: a 5k zoom's ten steps cost about 10 ms of tasks less in traces.)
 *
 * A redraw the moved layer can stand in for (a settle, a 3× stretch) renders in the background, in slices
 * between frames, so it never makes one long task; until it commits, the layer keeps following the live
 * zoom. A jump the layer cannot show (focus panning to a far item) redraws at once.
 */
export function useDrawnLayer(
  store: TransformStore,
  width: number,
): {
  readonly drawn: XTransform;
  readonly labels: RefObject<SVGSVGElement | null>;
  /** The element both layers lie in, which a zoom frame moves. */
  readonly moved: RefObject<HTMLDivElement | null>;
} {
  const moved = useRef<HTMLDivElement>(null);
  const labels = useRef<SVGSVGElement>(null);
  const latest = useStore(store, (s) => s.drawn);
  const deferred = useDeferredValue(latest);
  // The live zoom is read as of this render: a frame never renders, and the next redraw reads it again.
  const drawn = coversView(deferred, store.getState().live, width) ? deferred : latest;
  // The zoom the items in the page are positioned for: the drawn one, once React has committed it.
  const positioned = useRef(drawn);
  const place = useCallback(() => {
    const { ratio, dx } = layerShift(positioned.current, store.getState().live);
    const transform = ratio === 1 && dx === 0 ? "" : `translate(${dx}px,0) scale(${ratio},1)`;
    if (moved.current) moved.current.style.transform = transform;
    const words = labels.current;
    if (!words) return;
    // Labels are placed when the zoom settles: mid-gesture they pan with their marks, but never stretch.
    // Hidden as a whole layer (styles.css: its opacity), so the marks' layer is not repainted for it.
    words.classList.toggle("stretched", ratio !== 1);
  }, [store]);
  useLayoutEffect(() => {
    positioned.current = drawn;
    place();
  });
  useEffect(() => store.subscribe(place), [store, place]);
  return { drawn, labels, moved };
}
