import { useCallback, useEffect, useRef } from "react";
import type { TimeWindow, XTransform } from "../dates/zoomWindow.ts";
import type { TransformStore } from "./transformStore.ts";

export interface UrlWrite {
  /** Writes `window` (what the zoom `t` shows) to the URL, in a task of its own, unless a gesture moved on. */
  readonly write: (t: XTransform, window: TimeWindow | null) => void;
  /** Whether a write is waiting: the URL does not say yet what is shown, and must not pull the view back. */
  readonly pending: () => boolean;
}

/**
 * A settled gesture's URL write. It waits for a task of its own, after the gesture's end and the chart's
 * redraw it set off, so that the page's render for the URL never makes one long task with them. Kept
 * outside React state: waiting for it renders nothing (a render of the chart for it cost ~3 ms at 5k).
 */
export function useUrlWrite(
  store: TransformStore,
  onWindowChange: (window: TimeWindow | null) => void,
): UrlWrite {
  const timer = useRef<number | null>(null);
  const onChange = useRef(onWindowChange);
  useEffect(() => {
    onChange.current = onWindowChange;
  }, [onWindowChange]);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  const write = useCallback(
    (t: XTransform, shown: TimeWindow | null) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        timer.current = null;
        const { live } = store.getState();
        // A new gesture began meanwhile: its own end writes the URL, and this one would pull the view back.
        if (live.k === t.k && live.x === t.x) onChange.current(shown);
      }, 0);
    },
    [store],
  );
  const pending = useCallback(() => timer.current !== null, []);
  return { write, pending };
}
