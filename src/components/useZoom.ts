import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { XTransform } from "../timeline/zoomWindow.ts";
import type { TransformStore } from "./transformStore.ts";

export interface ZoomControls {
  /** Multiplies the zoom by `factor` around x (default: the middle). */
  readonly zoomBy: (factor: number, x?: number) => void;
  readonly panBy: (dx: number) => void;
  readonly setTransform: (t: XTransform) => void;
}

/**
 * d3-zoom on an element: wheel and trackpad zoom at the pointer, drag to pan, pinch on touch, all on x
 * only and bounded to [1, maxK] and to the plotted time. Every frame goes to the store; `onEnd` hears
 * when a gesture settles.
 */
export function useZoom(
  ref: RefObject<SVGGElement | null>,
  store: TransformStore,
  width: number,
  height: number,
  maxK: number,
  onEnd: (t: XTransform) => void,
): ZoomControls {
  const behavior = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  }, [onEnd]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const z = zoom<SVGGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .on("zoom", (event: D3ZoomEvent<SVGGElement, unknown>) => {
        store.setState({ live: { k: event.transform.k, x: event.transform.x } });
      })
      .on("end", (event: D3ZoomEvent<SVGGElement, unknown>) => {
        onEndRef.current({ k: event.transform.k, x: event.transform.x });
      });
    const selection = select(element);
    selection.call(z).on("dblclick.zoom", null);
    behavior.current = z;
    return () => {
      selection.on(".zoom", null);
      behavior.current = null;
    };
  }, [ref, store, width, height, maxK]);

  const call = useCallback(
    (action: (z: ZoomBehavior<SVGGElement, unknown>, element: SVGGElement) => void) => {
      const element = ref.current;
      if (element && behavior.current) action(behavior.current, element);
    },
    [ref],
  );
  const setTransform = useCallback(
    (t: XTransform) =>
      call((z, el) => select(el).call(z.transform, zoomIdentity.translate(t.x, 0).scale(t.k))),
    [call],
  );
  const zoomBy = useCallback(
    (factor: number, x?: number) => call((z, el) => select(el).call(z.scaleBy, factor, [x ?? width / 2, 0])),
    [call, width],
  );
  const panBy = useCallback((dx: number) => call((z, el) => select(el).call(z.translateBy, dx, 0)), [call]);
  return { zoomBy, panBy, setTransform };
}
