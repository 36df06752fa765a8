import { startTransition, useCallback, useLayoutEffect, useRef, useState, type RefObject } from "react";

export interface RowsViewport {
  /** How far the rows are scrolled, and how tall the band in view is, px. */
  readonly top: number;
  readonly height: number;
}

export interface RowsScroller {
  /** Goes on the element the rows scroll in. */
  readonly ref: RefObject<HTMLDivElement | null>;
  readonly viewport: RowsViewport;
  /** Scrolls so that a row's y is in view, unless it is already (with a lane's margin). */
  readonly reveal: (y: number, margin: number) => void;
  /** The band in view now (not as of the last render): for export. */
  readonly current: () => RowsViewport | null;
}

/**
 * The band of rows in view in a scrolling element: measured on scroll (once a frame) and on resize.
 * `initialHeight`: the band's height until it is measured, a guess that, when right, spares the items a
 * second render for the measured band before the first paint.
 */
export function useRowsViewport(initialHeight = 900): RowsScroller {
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<RowsViewport>(() => ({ top: 0, height: initialHeight }));
  // The band last handed to React, so that a measure finding it unchanged asks for no render at all.
  const shown = useRef(viewport);
  const show = useCallback((body: HTMLDivElement) => {
    const top = body.scrollTop;
    const height = body.clientHeight || 900;
    if (shown.current.top === top && shown.current.height === height) return;
    shown.current = { top, height };
    setViewport(shown.current);
  }, []);
  useLayoutEffect(() => {
    const body = ref.current;
    if (!body) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      show(body);
    };
    measure();
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    body.addEventListener("scroll", onScroll, { passive: true });
    // The body grows once the rows are laid out, and with the window: measure again then.
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(body);
    return () => {
      body.removeEventListener("scroll", onScroll);
      observer?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [show]);
  const reveal = useCallback(
    (y: number, margin: number) => {
      const body = ref.current;
      if (body && (y < body.scrollTop + margin || y > body.scrollTop + body.clientHeight - margin)) {
        body.scrollTop = Math.max(0, y - body.clientHeight / 2);
        // The new band now, rather than once the scroll event is measured, in a render in one piece. A
        // transition: the key's own render (the focus moving) comes first, and the band's rows after it, in
        // slices that let the next key in.
        startTransition(() => show(body));
      }
    },
    [show],
  );
  const current = useCallback(() => {
    const body = ref.current;
    return body ? { top: body.scrollTop, height: body.clientHeight } : null;
  }, []);
  return { ref, viewport, reveal, current };
}
