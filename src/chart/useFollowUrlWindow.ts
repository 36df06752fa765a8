import type { ScaleTime } from "d3-scale";
import { useEffect, type RefObject } from "react";
import {
  sameWindow,
  shownWindow,
  windowTransform,
  type TimeWindow,
  type XTransform,
} from "../dates/zoomWindow.ts";
import { IDENTITY, type TransformStore } from "./transformStore.ts";

/**
 * Follows the URL's window (a shared link, back/forward) when it differs from what is shown. A window beyond
 * what can be shown is clamped to it, and the URL is then rewritten to say what is shown.
 */
export function useFollowUrlWindow(options: {
  readonly urlWindow: TimeWindow | null;
  /** Whether the chart's own URL write is waiting: the URL is then behind the view, which stays. */
  readonly writing: RefObject<number | undefined>;
  readonly base: ScaleTime<number, number>;
  readonly maxK: number;
  readonly store: TransformStore;
  readonly setTransform: (t: XTransform) => void;
  readonly onWindowChange: (window: TimeWindow | null) => void;
}) {
  const { urlWindow, writing, base, maxK, store, setTransform, onWindowChange } = options;
  useEffect(() => {
    if (writing.current !== undefined || sameWindow(urlWindow, shownWindow(base, store.getState().live)))
      return;
    const to =
      urlWindow === null
        ? IDENTITY
        : windowTransform(base, new Date(urlWindow.from), new Date(urlWindow.to), maxK);
    const shown = shownWindow(base, to);
    if (!sameWindow(urlWindow, shown)) onWindowChange(shown);
    setTransform(to);
  }, [urlWindow, writing, base, maxK, store, setTransform, onWindowChange]);
}
