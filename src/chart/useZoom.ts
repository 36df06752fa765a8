import type * as D3Selection from "d3-selection";
import type * as D3ZoomModule from "d3-zoom";
import type { D3ZoomEvent, ZoomBehavior } from "d3-zoom";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { XTransform } from "../dates/zoomWindow.ts";
import type { TransformStore } from "./transformStore.ts";
import { afterFirstDraw } from "./firstDraw.ts";

export interface ZoomControls {
  /** Multiplies the zoom by `factor` around x (default: the middle). */
  readonly zoomBy: (factor: number, x?: number) => void;
  readonly panBy: (dx: number) => void;
  /**
   * Sets the zoom; asked before d3-zoom has loaded, it is applied as soon as it has. `quiet`: it settles
   * without onEnd (the URL's own window, which is not to be written back).
   */
  readonly setTransform: (t: XTransform, quiet?: boolean) => void;
}

// d3-zoom, d3-selection and the touch rule that goes with them: one download, after the first draw.
type D3Zoom = typeof D3ZoomModule &
  Pick<typeof D3Selection, "select"> & {
    readonly letVerticalSwipesScroll: (element: HTMLElement) => () => void;
  };
type Action = (z: ZoomBehavior<HTMLDivElement, unknown>, element: HTMLDivElement, d3: D3Zoom) => void;

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
  // The last transform asked for before the behaviour was installed (a shared link's window).
  const pending = useRef<{ readonly t: XTransform; readonly quiet: boolean } | null>(null);
  // Buttons and keys pressed before d3-zoom has loaded: done, in order, as soon as it has.
  const queued = useRef<Action[]>([]);
  const [d3, loadAgain] = useD3Zoom();
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  }, [onEnd]);

  useEffect(() => {
    const element = ref.current;
    if (!element || !d3) return;
    let startedAt: XTransform | null = null;
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
        store.getState().frame({ k: event.transform.k, x: event.transform.x }, width);
      })
      .on("start", (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        startedAt = event.transform;
      })
      .on("end", (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        const { k, x } = event.transform;
        // A gesture that moved nothing (a tap, a swipe left to the page) rewrites nothing, but it has ended.
        if (event.sourceEvent === QUIET || (startedAt && startedAt.k === k && startedAt.x === x))
          store.getState().settle({ k, x });
        else onEndRef.current({ k, x });
      });
    const stopLettingSwipesScroll = d3.letVerticalSwipesScroll(element);
    const selection = d3.select(element);
    selection.call(z).on("dblclick.zoom", null);
    behavior.current = z;
    const asked = pending.current;
    pending.current = null;
    if (asked) setOn(d3, element, z, asked.t, asked.quiet);
    for (const action of queued.current.splice(0)) action(z, element, d3);
    return () => {
      stopLettingSwipesScroll();
      selection.on(".zoom", null);
      behavior.current = null;
    };
  }, [d3, ref, store, width, height, maxK]);

  const call = useCallback(
    (action: Action) => {
      const element = ref.current;
      if (element && behavior.current && d3) action(behavior.current, element, d3);
      else {
        queued.current.push(action);
        // A download that failed (offline for a moment) is tried again by the reader's next zoom or pan.
        loadAgain();
      }
    },
    [ref, d3, loadAgain],
  );
  const setTransform = useCallback(
    (t: XTransform, silent = false) => {
      if (!behavior.current) {
        // Only the last transform asked for counts, and it overrides any button pressed before it.
        pending.current = { t, quiet: silent };
        queued.current = [];
        return;
      }
      call((z, el, lib) => setOn(lib, el, z, t, silent));
    },
    [call],
  );
  const zoomBy = useCallback(
    (factor: number, x?: number) =>
      call((z, el, lib) => lib.select(el).call(z.scaleBy, factor, [x ?? width / 2, 0])),
    [call, width],
  );
  const panBy = useCallback(
    // translateBy() moves in the zoomed space (it multiplies by k); dx is screen pixels, so it is divided by
    // k: a step moves the same share of the view at every zoom.
    (dx: number) => call((z, el, lib) => lib.select(el).call(z.translateBy, dx / lib.zoomTransform(el).k, 0)),
    [call],
  );
  // A wheel turned over the chart before d3-zoom has loaded (it loads after the first draw) is not lost:
  // it zooms, as d3-zoom's own wheel would, as soon as d3-zoom is there.
  useEffect(() => {
    const element = ref.current;
    if (!element || d3) return;
    const early = (event: WheelEvent) => {
      event.preventDefault();
      const x = event.clientX - element.getBoundingClientRect().left;
      zoomBy(2 ** wheelDelta(event), x);
    };
    element.addEventListener("wheel", early, { passive: false });
    // A drag cannot wait for the code, but it fetches it again if the last try failed: the next one pans.
    element.addEventListener("pointerdown", loadAgain);
    return () => {
      element.removeEventListener("wheel", early);
      element.removeEventListener("pointerdown", loadAgain);
    };
  }, [ref, d3, zoomBy, loadAgain]);

  return { zoomBy, panBy, setTransform };
}

/** The source event of a quiet transform (the URL's own window): its end settles, unheard by onEnd. */
const QUIET = {};

/** Sets a zoom transform, quiet or not: d3-zoom hands a fourth argument to its events as `sourceEvent`. */
function setOn(
  lib: D3Zoom,
  element: HTMLDivElement,
  z: ZoomBehavior<HTMLDivElement, unknown>,
  t: XTransform,
  quiet: boolean,
): void {
  const transform = z.transform as (...args: unknown[]) => void;
  transform(lib.select(element), lib.zoomIdentity.translate(t.x, 0).scale(t.k), undefined, quiet && QUIET);
}

/** d3-zoom's default wheel delta: the power of two one wheel event zooms by. */
export function wheelDelta(event: Pick<WheelEvent, "deltaY" | "deltaMode" | "ctrlKey">): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1);
}

let loading: Promise<D3Zoom> | null = null;

/**
 * d3-zoom and d3-selection, loaded right after the first draw: drawing does not need them, moving does.
 * Returns them (null until loaded) and a function that downloads them again if the last try failed.
 */
function useD3Zoom(): readonly [D3Zoom | null, () => void] {
  const [modules, setModules] = useState<D3Zoom | null>(null);
  // A new attempt downloads again; `failed` says the last one did.
  const [attempt, setAttempt] = useState(0);
  const failed = useRef(false);
  useEffect(() => {
    let live = true;
    const cancel = afterFirstDraw(() => {
      loading ??= Promise.all([
        import("d3-zoom"),
        import("d3-selection"),
        import("./letVerticalSwipesScroll.ts"),
      ]).then(([zoom, selection, swipes]) => ({
        ...zoom,
        select: selection.select,
        letVerticalSwipesScroll: swipes.letVerticalSwipesScroll,
      }));
      loading.then(
        (m) => {
          if (live) setModules(() => m);
        },
        () => {
          loading = null;
          failed.current = true;
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [attempt]);
  const loadAgain = useCallback(() => {
    if (!failed.current) return;
    failed.current = false;
    setAttempt((n) => n + 1);
  }, []);
  return [modules, loadAgain];
}
