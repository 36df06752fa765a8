import { useId, useLayoutEffect, useRef } from "react";
import { counted } from "../model/counted.ts";
import { CERTAINTY_MEANINGS } from "../data/certaintyMeanings.ts";
import { CERTAINTY_LABELS, KIND_LABELS, RELATION_LABELS } from "../data/labels.ts";
import { citationClaimWords } from "../model/claimWords.ts";
import { itemOutcomeWords } from "../model/itemOutcomeWords.ts";
import type { OverlayDate } from "../model/itemOverlays.ts";
import { textFragmentUrl, waybackUrl } from "../model/receiptLinks.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { CiteExport } from "./CiteExport.tsx";
import { Quote } from "../chart/Quote.tsx";
import { SafeLink } from "./SafeLink.tsx";
import { ViewLink } from "./ViewLink.tsx";

/** An event the item is ordered against, as the page shows it now. */
export type Related =
  | { readonly type: "shown"; readonly item: TimelineItem }
  /** Drawn on this day, but the filters hide it: why, and the one change that shows it (then it opens). */
  | {
      readonly type: "hidden";
      readonly item: TimelineItem;
      readonly hiddenBy: string;
      readonly action: string;
      readonly onShow: () => void;
    }
  /** Not on the timeline shown: none should be (the day's timeline keeps no relation to such an event). */
  | { readonly type: "absent" };

interface CitationsPanelProps {
  readonly item: TimelineItem;
  readonly related: (id: string) => Related;
  /** A source page's path: its link carries the timeline's view, for the source page's way back. */
  readonly sourcePath: (sourceId: string) => string;
  /** What happened, as of the day (itemOverlays): how far it missed, and the orders that came out the other way. */
  readonly actual?: OverlayDate | null | undefined;
  readonly onClose: () => void;
  readonly onSelect: (id: string) => void;
  readonly onZoomTo: (id: string) => void;
  /** The day (UTC ms) the item is known as of, when that held later reports back; null: as it turned out. */
  readonly asOf?: number | null;
  /**
   * Told where its top is when it opens as a sheet over the page (a phone), to keep the item above it; says
   * whether the item is drawn yet to be kept so.
   */
  readonly onSheet?: (top: number) => boolean;
  /** Whether the panel, as it opens, takes the focus (once): not when a day or a filter gives its item back. */
  readonly takesFocus?: (id: string) => boolean;
}

/** Every citation of one item: the quote, who said it and when, and the way to the article. */
export function CitationsPanel({
  item,
  related,
  sourcePath,
  actual,
  onClose,
  onSelect,
  onZoomTo,
  asOf = null,
  onSheet,
  takesFocus = () => true,
}: CitationsPanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const { event } = item;
  const outcome = itemOutcomeWords(item, actual);
  const sourceOf = new Map(item.sources.map((s) => [s.id, s]));
  // Before paint, so that a key pressed at once (Escape) already finds focus in the panel.
  useLayoutEffect(() => {
    if (takesFocus(item.id)) heading.current?.focus();
  }, [item.id, takesFocus]);
  // On a phone the panel is a sheet fixed over the lower part of the screen (the stylesheet says so).
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element || !onSheet || getComputedStyle(element).position !== "fixed") return;
    // Opened with the page (a link, Back from a source page), the sheet can come before the chart has drawn
    // its item: asked again each frame until it has, for a second or two at most.
    let frame = 0;
    let tries = 120;
    const keep = () => {
      if (!onSheet(element.getBoundingClientRect().top) && --tries > 0) frame = requestAnimationFrame(keep);
    };
    keep();
    return () => cancelAnimationFrame(frame);
  }, [item.id, onSheet]);
  return (
    <section
      ref={panel}
      className="citations-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="panel-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          <bdi>{event.label}</bdi>
        </h2>
        <button type="button" onClick={onClose} aria-label="Close sources">
          ×
        </button>
      </div>
      <dl className="panel-facts">
        <dt>When</dt>
        <dd>{item.when}</dd>
        <dt>Kind</dt>
        <dd>{KIND_LABELS[event.kind]}</dd>
        <dt>Certainty</dt>
        <dd>
          {CERTAINTY_LABELS[event.certainty]}: {CERTAINTY_MEANINGS[event.certainty]}
        </dd>
        {outcome && (
          <>
            <dt>Reported against actual</dt>
            <dd>{outcome}</dd>
          </>
        )}
        {event.note && (
          <>
            <dt>Note</dt>
            <dd>
              <bdi>{event.note}</bdi>
            </dd>
          </>
        )}
      </dl>
      {item.start !== null && (
        <button type="button" onClick={() => onZoomTo(item.id)}>
          Zoom to this event
        </button>
      )}
      {event.relations && event.relations.length > 0 && (
        <>
          <h3>Order</h3>
          <ul>
            {event.relations.map((relation) => {
              const other = related(relation.event);
              return (
                <li key={`${relation.type}:${relation.event}`}>
                  {RELATION_LABELS[relation.type]}{" "}
                  {other.type === "shown" ? (
                    <button type="button" className="link-button" onClick={() => onSelect(other.item.id)}>
                      <bdi>{other.item.event.label}</bdi>
                    </button>
                  ) : other.type === "hidden" ? (
                    <HiddenRelated related={other} />
                  ) : (
                    <bdi>{relation.event}</bdi>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>
        {/* item.sources holds each article once: two quotes of one article are not two sources. */}
        {item.citations.length === item.sources.length
          ? counted(item.sources.length, "source")
          : `${counted(item.citations.length, "quote")} from ${counted(item.sources.length, "source")}`}
      </h3>
      <ol className="panel-citations">
        {event.citations.map((citation, index) => {
          const source = sourceOf.get(citation.source);
          if (!source) return null;
          const said = citationClaimWords(citation, event);
          return (
            <li key={index} className={citation.outcome ? "outcome-citation" : undefined}>
              {said && <p className="citation-claim">{said}</p>}
              <Quote quote={citation.quote} source={source} withAuthor />
              {citation.note && (
                <p className="citation-note">
                  Note: <bdi>{citation.note}</bdi>
                </p>
              )}
              <p className="panel-links">
                <ViewLink path={sourcePath(source.id)}>
                  All quotes from “<bdi>{source.title}</bdi>”
                </ViewLink>{" "}
                ·{" "}
                <SafeLink href={textFragmentUrl(source.url, citation.quote)}>
                  Original article, at the quote
                </SafeLink>{" "}
                · <SafeLink href={waybackUrl(source.url, source.published)}>Archived copy</SafeLink>
              </p>
            </li>
          );
        })}
      </ol>
      <CiteExport
        cited={item.sources.map((source) => ({
          source,
          quotes: item.citations.filter((c) => c.source.id === source.id).map((c) => c.quote),
        }))}
        filename={`${item.id}-sources`}
        asOf={asOf}
      />
    </section>
  );
}

/**
 * An event the filters hide, named as on the chart (its title and its show), with why and the change that
 * shows it: its button is described by the why, as a hidden item's notice is.
 */
function HiddenRelated({ related }: { readonly related: Extract<Related, { type: "hidden" }> }) {
  const why = useId();
  const { item } = related;
  return (
    <>
      “<bdi>{item.event.label}</bdi>” (<bdi>{item.show.title}</bdi>),{" "}
      <span id={why}>hidden by {related.hiddenBy}</span>.{" "}
      <button type="button" aria-describedby={why} onClick={related.onShow}>
        {related.action}
      </button>
    </>
  );
}
