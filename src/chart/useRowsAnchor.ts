import { useLayoutEffect, useRef, type RefObject } from "react";
import type { PlacedLookup } from "../layout/placedLookup.ts";
import { LANE_HEIGHT } from "../scene/chartFrame.ts";

interface Anchor {
  readonly id: string;
  /** Its lane's y less the rows' scroll: where it stands in the band in view. */
  readonly offset: number;
}

/**
 * Keeps the item the reader is on (selected, else focused) where it stands in the rows in view when they
 * are laid out again. Opening the citations panel narrows the plot, labels then need other lanes, and every
 * row moves, by thousands of pixels far down a large chart; closing it, a resize, a filter do the same.
 * On the first layout, a selected item (a shared link's `?event=`) is scrolled into view, in the rows and
 * in the page.
 */
export function useRowsAnchor(options: {
  readonly rowsRef: RefObject<HTMLDivElement | null>;
  readonly placedById: PlacedLookup;
  readonly anchorId: string | null;
  readonly revealRow: (y: number, margin: number) => void;
}): void {
  const { rowsRef, placedById, anchorId, revealRow } = options;
  const last = useRef<Anchor | null>(null);
  const laidOut = useRef<PlacedLookup | null>(null);
  useLayoutEffect(() => {
    const body = rowsRef.current;
    if (!body) return;
    if (laidOut.current !== placedById) {
      const first = laidOut.current === null;
      laidOut.current = placedById;
      if (first) {
        const p = anchorId === null ? undefined : placedById.get(anchorId);
        if (p) {
          revealRow(p.y, LANE_HEIGHT);
          // The rows' box may be whole and yet run below the window (a desktop's first screen): the page
          // scrolls too, so that a link's item is in sight.
          const top = body.getBoundingClientRect().top + p.y - body.scrollTop;
          if (top < 0 || top + LANE_HEIGHT > innerHeight)
            document.documentElement.scrollTop += top - innerHeight / 2;
        }
      } else if (last.current) {
        const p = placedById.get(last.current.id);
        if (p) body.scrollTop = Math.max(0, p.y - last.current.offset);
      }
    }
    // Nothing to keep: no lookup and no layout read.
    const p = anchorId === null ? undefined : placedById.get(anchorId);
    last.current = p ? { id: p.item.id, offset: p.y - body.scrollTop } : null;
  });
}
