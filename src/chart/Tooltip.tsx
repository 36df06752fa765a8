import { autoUpdate, flip, hide, offset, platform, shift, size, useFloating } from "@floating-ui/react-dom";
import { useMemo, useState } from "react";
import { CERTAINTY_LABELS } from "../data/labels.ts";
import { itemOutcomeWords } from "../model/itemOutcomeWords.ts";
import type { OverlayDate } from "../model/itemOverlays.ts";
import { counted } from "../model/counted.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { Quote } from "./Quote.tsx";

/** The item's element, and the boxes that clip it in the chart: the plot and the rows' body. */
export interface TooltipAnchor {
  readonly element: Element;
  readonly clip: readonly Element[];
}

/**
 * The tooltip is fixed, and no ancestor of it makes a containing block (a transform, a filter): it is
 * placed against the window, and only the viewport clips it. Said here, floating-ui does not walk its
 * ancestors to find that out at every placement.
 */
const VIEWPORT_ONLY: Element[] = [];
const FIXED_TO_WINDOW = { ...platform, getOffsetParent: () => window };

/** A tooltip is never cut shorter or narrower than this, px: a label and a line of its quote. */
const MIN_SIDE = 64;

interface TooltipProps {
  readonly id: string;
  readonly item: TimelineItem;
  /** What happened, as of the day (itemOverlays): how far it missed, and the orders that came out the other way. */
  readonly actual?: OverlayDate | null | undefined;
  readonly anchor: TooltipAnchor;
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
}

/**
 * What an item is and who said so, beside the item (above it, or below, or to a side, where it has room),
 * never on it where any side has room. It stays while the pointer is on the item or on the tooltip, and Escape dismisses it (WCAG 1.4.13).
 */
export function Tooltip({ id, item, actual, anchor, onPointerEnter, onPointerLeave }: TooltipProps) {
  const [floating, setFloating] = useState<HTMLDivElement | null>(null);
  // One array while the anchor is the same: floating-ui compares middleware options deeply, and two arrays of
  // other elements would have it walk into their React properties.
  const { clip } = anchor;
  const middleware = useMemo(
    () => [
      offset(10),
      // Above, else below, else beside (a phone on its side: 390 px high holds a long quote on neither).
      flip({ padding: 8, boundary: VIEWPORT_ONLY, fallbackPlacements: ["bottom", "right", "left"] }),
      // Along its side, to stay on screen: before size(), which otherwise takes it to stay centred on the
      // item and cut it to twice the item's distance to the window's edge (108 px of a 262 px quote, with
      // 700 px free above an item near the bottom of a desktop's window).
      shift({ padding: 8, boundary: VIEWPORT_ONLY }),
      // Where no side has room for all of it (400% zoom: a window of 320 × 256 px), cut to the room of the
      // side that fits it best, and scrolled: it covered the focused item whole (WCAG 2.4.11). floating-ui's
      // own way: the bounds are set on the element, which React's style leaves alone.
      size({
        padding: 8,
        boundary: VIEWPORT_ONLY,
        apply: ({ availableHeight, availableWidth, elements }) => {
          elements.floating.style.maxHeight = `${Math.max(MIN_SIDE, availableHeight)}px`;
          elements.floating.style.maxWidth = `min(24rem, ${Math.max(MIN_SIDE, availableWidth)}px)`;
        },
      }),
      // Across too, where even that has no room: over the item, not off the screen.
      shift({ padding: 8, boundary: VIEWPORT_ONLY, crossAxis: true }),
      hide({ boundary: [...clip] }),
    ],
    [clip],
  );
  const { floatingStyles, middlewareData } = useFloating({
    placement: "top",
    strategy: "fixed",
    platform: FIXED_TO_WINDOW,
    elements: { reference: anchor.element, floating },
    // hide(): an item zoomed or scrolled out of the chart's view takes its tooltip with it, rather than
    // leave it pinned to the view's edge about an item no longer seen. The boxes that clip the item are
    // given, not found by walking its ancestors at each placement (an arrow key's, about 5 ms at 20k).
    middleware,
    whileElementsMounted: autoUpdate,
  });
  const hidden = middlewareData.hide?.referenceHidden === true;
  const first = item.citations[0];
  const outcome = itemOutcomeWords(item, actual);
  // The other articles behind it (item.sources holds each once).
  const more = item.sources.length - (first ? 1 : 0);
  return (
    <div
      ref={setFloating}
      id={id}
      role="tooltip"
      className="tooltip"
      style={hidden ? { ...floatingStyles, visibility: "hidden" } : floatingStyles}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      {/* The item's name says these already: its description (this tooltip) does not say them again. */}
      <p className="tooltip-label" aria-hidden="true">
        <bdi>{item.event.label}</bdi>
      </p>
      <p className="tooltip-when" aria-hidden="true">
        {item.when} · {CERTAINTY_LABELS[item.event.certainty]}
      </p>
      {outcome && <p className="tooltip-outcome">{outcome}</p>}
      {first && <Quote quote={first.quote} source={first.source} />}
      {more > 0 && <p className="tooltip-more">+{counted(more, "more source")}</p>}
    </div>
  );
}
