import type * as D3Selection from "d3-selection";
import type { Selection } from "d3-selection";
import type * as D3ZoomModule from "d3-zoom";
import type { D3ZoomEvent, ZoomBehavior } from "d3-zoom";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
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
  ref: RefObject<HTMLDivElement | null>,
  store: TransformStore,
  width: number,
  height: number,
  maxK: number,
  onEnd: (t: XTransform) => void,
): ZoomControls {
  const behavior = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const d3 = useD3Zoom();
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  }, [onEnd]);

  useEffect(() => {
    const element = ref.current;
    if (!element || !d3) return;
    const z = d3
      .zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .on("zoom", (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        store.setState({ live: { k: event.transform.k, x: event.transform.x } });
      })
      .on("end", (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        onEndRef.current({ k: event.transform.k, x: event.transform.x });
      });
    const selection = d3.select(element);
    selection.call(z).on("dblclick.zoom", null);
    behavior.current = z;
    return () => {
      selection.on(".zoom", null);
      behavior.current = null;
    };
  }, [d3, ref, store, width, height, maxK]);

  const call = useCallback(
    (
      action: (
        z: ZoomBehavior<HTMLDivElement, unknown>,
        selection: Selection<HTMLDivElement, unknown, null, undefined>,
      ) => void,
    ) => {
      const element = ref.current;
      if (element && behavior.current && d3) action(behavior.current, d3.select(element));
    },
    [ref, d3],
  );
  const setTransform = useCallback(
    (t: XTransform) =>
      call((z, sel) => {
        if (d3) sel.call(z.transform, d3.zoomIdentity.translate(t.x, 0).scale(t.k));
      }),
    [call, d3],
  );
  const zoomBy = useCallback(
    (factor: number, x?: number) => call((z, sel) => sel.call(z.scaleBy, factor, [x ?? width / 2, 0])),
    [call, width],
  );
  const panBy = useCallback((dx: number) => call((z, sel) => sel.call(z.translateBy, dx, 0)), [call]);
  return { zoomBy, panBy, setTransform };
}

type D3Zoom = typeof D3ZoomModule & Pick<typeof D3Selection, "select">;
let loading: Promise<D3Zoom> | null = null;

/** d3-zoom and d3-selection, loaded after the first draw: drawing does not need them, moving does. */
function useD3Zoom(): D3Zoom | null {
  const [modules, setModules] = useState<D3Zoom | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= Promise.all([import("d3-zoom"), import("d3-selection")]).then(([zoom, selection]) => ({
      ...zoom,
      select: selection.select,
    }));
    void loading.then((m) => {
      if (live) setModules(() => m);
    });
    return () => {
      live = false;
    };
  }, []);
  return modules;
}
