import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { XTransform } from "../timeline/zoomWindow.ts";

export interface ZoomControls {
  readonly transform: XTransform;
  /** Multiplies the zoom by `factor` around x (default: the middle). */
  readonly zoomBy: (factor: number, x?: number) => void;
  readonly panBy: (dx: number) => void;
  readonly setTransform: (t: XTransform) => void;
}

/**
 * d3-zoom on an element: wheel and trackpad zoom at the pointer, drag to pan, pinch on touch, all on x
 * only and bounded to [1, maxK] and to the plotted time. D3 does the event math; React draws.
 */
export function useZoom(
  ref: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  maxK: number,
  onEnd: (t: XTransform) => void,
): ZoomControls {
  const [transform, setState] = useState<XTransform>({ k: 1, x: 0 });
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
        [0, 0],
        [width, height],
      ])
      .on("zoom", (event: D3ZoomEvent<SVGGElement, unknown>) => {
        setState({ k: event.transform.k, x: event.transform.x });
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
  }, [ref, width, height, maxK]);

  const apply = useCallback(
    (t: XTransform) => {
      const element = ref.current;
      if (element && behavior.current) {
        select(element).call(behavior.current.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
      }
    },
    [ref],
  );
  const zoomBy = useCallback(
    (factor: number, x?: number) => {
      const element = ref.current;
      if (element && behavior.current)
        select(element).call(behavior.current.scaleBy, factor, [x ?? width / 2, 0]);
    },
    [ref, width],
  );
  const panBy = useCallback(
    (dx: number) => {
      const element = ref.current;
      if (element && behavior.current) select(element).call(behavior.current.translateBy, dx, 0);
    },
    [ref],
  );
  return { transform, zoomBy, panBy, setTransform: apply };
}
