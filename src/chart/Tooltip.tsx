import { autoUpdate, flip, hide, offset, shift, useFloating } from "@floating-ui/react-dom";
import { useState } from "react";
import { CERTAINTY_LABELS } from "../data/labels.ts";
import { itemOutcomeWords } from "../model/outcomeWords.ts";
import { counted } from "../model/counted.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { Quote } from "./Quote.tsx";

interface TooltipProps {
  readonly id: string;
  readonly item: TimelineItem;
  readonly anchor: Element;
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
}

/**
 * What an item is and who said so, beside the item (above it, or below when there is no room), never on
 * it. It stays while the pointer is on the item or on the tooltip, and Escape dismisses it (WCAG 1.4.13).
 */
export function Tooltip({ id, item, anchor, onPointerEnter, onPointerLeave }: TooltipProps) {
  const [floating, setFloating] = useState<HTMLDivElement | null>(null);
  const { floatingStyles, middlewareData } = useFloating({
    placement: "top",
    strategy: "fixed",
    elements: { reference: anchor, floating },
    // hide(): an item zoomed or scrolled out of the chart's view takes its tooltip with it, rather than
    // leave it pinned to the view's edge about an item no longer seen.
    middleware: [offset(10), flip({ padding: 8 }), shift({ padding: 8 }), hide()],
    whileElementsMounted: autoUpdate,
  });
  const hidden = middlewareData.hide?.referenceHidden === true;
  const first = item.citations[0];
  const outcome = itemOutcomeWords(item);
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
      <p className="tooltip-label">
        <bdi>{item.event.label}</bdi>
      </p>
      <p className="tooltip-when">
        {item.when} · {CERTAINTY_LABELS[item.event.certainty]}
      </p>
      {outcome && <p className="tooltip-outcome">{outcome}</p>}
      {first && <Quote quote={first.quote} source={first.source} />}
      {more > 0 && <p className="tooltip-more">+{counted(more, "more source")}</p>}
    </div>
  );
}
