import type { ScaleTime } from "d3-scale";
import { useLayoutEffect, useRef, type RefObject } from "react";
import {
  isoDayTime,
  sameWindow,
  shownWindow,
  windowTransform,
  type TimeWindow,
  type XTransform,
} from "../dates/zoomWindow.ts";
import { IDENTITY, type TransformStore } from "./transformStore.ts";

/**
 * Follows the URL's window (a shared link, back/forward, or a new as-of day's dates) when it differs from
 * what is shown: the one rule for a window, however it is reached. A window partly beyond what can be shown
 * is cut to it; one wholly outside it shows
 * everything (the fitted view: nothing of it is there). A new window with no filter on (a link) is then
 * rewritten in the URL to say what is shown, and one wholly outside is dropped and told (onWindowOutside);
 * not when only the items changed under the same window (a search, a filter, another day): the URL keeps
 * the window asked for, which undoing the change brings back.
 */
export function useFollowUrlWindow(options: {
  readonly urlWindow: TimeWindow | null;
  /**
   * The items drawn are of an earlier URL than the window (their day or filters come in a later render):
   * `base` is then not the scale the window is of, and a window followed on it would show other dates.
   */
  readonly behind: boolean;
  /**
   * Whether filters, or a day before the newest report's, leave out some of the items: a window is then of all
   * of them, and is kept where these do not reach, on the chart's mount too (a reload with a search or a
   * day, the table and back).
   */
  readonly narrowed: boolean | undefined;
  /** Whether the chart's own URL write is waiting: the URL is then behind the view, which stays. */
  readonly writing: RefObject<number | undefined>;
  readonly base: ScaleTime<number, number>;
  readonly maxK: number;
  readonly store: TransformStore;
  readonly setTransform: (t: XTransform) => void;
  readonly onWindowChange: (window: TimeWindow | null) => void;
  readonly onWindowOutside?: ((window: TimeWindow) => void) | undefined;
}) {
  const {
    urlWindow,
    behind,
    narrowed,
    writing,
    base,
    maxK,
    store,
    setTransform,
    onWindowChange,
    onWindowOutside,
  } = options;
  // The URL window last followed: the same one over other items (a search, a filter, another day) is shown
  // as far as it can be, and stays in the URL, so that undoing the change brings the zoom back.
  const followed = useRef<TimeWindow | null | undefined>(undefined);
  // Before the browser paints: a new day's dates (a new scale) under the old zoom showed another window
  // than the URL's for a frame, the axis and the marks with it.
  useLayoutEffect(() => {
    if (behind || writing.current !== undefined) return;
    const fresh = followed.current !== urlWindow;
    // A window the chart wrote itself (a zoom, a pan) is shown already: followed all the same.
    followed.current = urlWindow;
    if (sameWindow(urlWindow, shownWindow(base, store.getState().live))) return;
    const outside = urlWindow !== null && isOutside(urlWindow, base);
    // A window partly past the items is cut to them. A link's (no filter on) is rewritten to what is shown;
    // one wholly outside them is dropped and told. Under filters, or over another day's items, the window is
    // kept as asked: shown as far as the items reach it (the fitted view if none of it is there), and whole
    // again when they do.
    const link = fresh && !narrowed;
    const to =
      urlWindow === null || outside
        ? IDENTITY
        : windowTransform(
            base,
            new Date(isoDayTime(urlWindow.from)),
            new Date(isoDayTime(urlWindow.to)),
            maxK,
          );
    if (link) {
      const shown = shownWindow(base, to);
      if (!sameWindow(urlWindow, shown)) onWindowChange(shown);
      if (outside) onWindowOutside?.(urlWindow);
    }
    setTransform(to);
  }, [
    urlWindow,
    behind,
    narrowed,
    writing,
    base,
    maxK,
    store,
    setTransform,
    onWindowChange,
    onWindowOutside,
  ]);
}

/** Whether a window holds none of the dates the chart can show. */
function isOutside(window: TimeWindow, base: ScaleTime<number, number>): boolean {
  const [d0, d1] = base.domain() as [Date, Date];
  return isoDayTime(window.to) <= d0.getTime() || isoDayTime(window.from) >= d1.getTime();
}
