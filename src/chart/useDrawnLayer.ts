import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from "react";
import type { XTransform } from "../dates/zoomWindow.ts";
import { layerShift } from "../layout/overscan.ts";
import type { TransformStore } from "./transformStore.ts";

/**
 * The plotted layer's zoom: the transform the items are drawn for (a React render only when that changes),
 * and the layer's ref: each zoom frame moves the layer from there to the live zoom with one CSS transform.
 *
 * The redraw is a transition: React renders it in slices between frames, so a settle or a 3× stretch never
 * makes one long task, and until it commits the layer keeps following the live zoom from where it was drawn.
 */
export function useDrawnLayer(store: TransformStore): {
  readonly drawn: XTransform;
  readonly layer: RefObject<SVGSVGElement | null>;
} {
  const layer = useRef<SVGSVGElement>(null);
  const [drawn, setDrawn] = useState(() => store.getState().drawn);
  // The zoom the items in the page are positioned for: the drawn one, once React has committed it.
  const positioned = useRef(drawn);
  const place = useCallback(() => {
    const { ratio, dx } = layerShift(positioned.current, store.getState().live);
    const svg = layer.current;
    if (!svg) return;
    svg.style.transform = ratio === 1 && dx === 0 ? "" : `translate(${dx}px,0) scale(${ratio},1)`;
    // Labels are placed when the zoom settles: mid-gesture they pan with their marks, but never stretch.
    svg.classList.toggle("stretched", ratio !== 1);
  }, [store]);
  useLayoutEffect(() => {
    positioned.current = drawn;
    place();
  });
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        place();
        if (state.drawn !== previous.drawn) startTransition(() => setDrawn(state.drawn));
      }),
    [store, place],
  );
  return { drawn, layer };
}
