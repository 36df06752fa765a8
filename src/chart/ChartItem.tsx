import { memo, useEffect, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { PartStyle, SceneMark, ScenePart } from "../scene/scene.ts";

/** How long a click waits for a second one before it opens the panel. */
const DOUBLE_CLICK_MS = 220;
/** WCAG 2.5.8: every target is at least 24 × 24 px. */
const HIT = 28;

interface ChartItemProps {
  readonly mark: SceneMark;
  readonly prefix: string;
  readonly focusColor: string;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly describedBy: string | undefined;
  /** False where a canvas paints the mark (MarksCanvas): the element is its focus and pointer target only. */
  readonly painted: boolean;
  readonly onActivate: (id: string) => void;
  readonly onZoomTo: (id: string) => void;
  readonly onHover: (id: string | null) => void;
  /** Keeps the item's element by id: focus and the tooltip's anchor find items there, not in the page. */
  readonly register: (id: string, element: SVGGElement | null) => void;
  /** Focus handlers read the item from `data-event-id`, so one stable function serves every item. */
  readonly onFocusItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onBlurItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onKey: (event: KeyboardEvent<SVGGElement>) => void;
}

function paintProps(s: PartStyle, prefix: string) {
  return {
    fill: s.fill.startsWith("pattern:") ? `url(#${prefix}-${s.fill.slice(8)})` : s.fill,
    fillOpacity: s.fillOpacity === 1 ? undefined : s.fillOpacity,
    stroke: s.stroke === "none" ? undefined : s.stroke,
    strokeWidth: s.stroke === "none" ? undefined : s.strokeWidth,
    strokeDasharray: s.dash ?? undefined,
    mask: s.fade ? `url(#${prefix}-fade-${s.fade})` : undefined,
  };
}

/** One part of a mark, as the scene describes it. */
function Part({ part, prefix }: { readonly part: ScenePart; readonly prefix: string }) {
  return part.type === "rect" ? (
    <rect x={part.x} y={part.y} width={part.width} height={part.height} {...paintProps(part, prefix)} />
  ) : (
    <path
      d={part.d}
      // A CSS transform, not the attribute: it can glide when the as-of day changes (useStepTransition).
      style={part.dx ? { transform: `translate(${part.dx}px,0)` } : undefined}
      {...paintProps(part, prefix)}
    />
  );
}

/**
 * One event as the scene draws it: its parts, a hit area of at least 24 px that spans its label (drawn
 * apart, in MarkLabels), and the name that says what and when. Memoized: a hover or a focus elsewhere
 * redraws only the items whose props changed.
 */
export const ChartItem = memo(function ChartItem(props: ChartItemProps) {
  const { mark, prefix, selected, tabbable, describedBy, register } = props;
  const clickTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(clickTimer.current), []);
  const mid = (mark.x0 + mark.x1) / 2;
  // The label is part of the target: pointing at the words points at the item.
  const label = mark.label;
  const hitX = Math.min(mark.x0, mid - HIT / 2, label?.x ?? Infinity);
  const hitWidth = Math.max(mark.x1, mid + HIT / 2, label ? label.x + label.width : -Infinity) - hitX;
  const { id } = mark;

  return (
    <g
      ref={(element) => {
        register(id, element);
        return () => register(id, null);
      }}
      className={`item${selected ? " selected" : ""}`}
      data-event-id={id}
      role="button"
      aria-haspopup="dialog"
      aria-label={mark.name}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
      style={{ transform: `translate(0,${mark.y}px)` }}
      onClick={(e: MouseEvent) => {
        e.stopPropagation();
        // Opening the panel reflows the chart; wait to see whether this is the first click of a double-click.
        window.clearTimeout(clickTimer.current);
        if (e.detail <= 1)
          clickTimer.current = window.setTimeout(() => props.onActivate(id), DOUBLE_CLICK_MS);
      }}
      onDoubleClick={(e: MouseEvent) => {
        e.stopPropagation();
        window.clearTimeout(clickTimer.current);
        props.onZoomTo(id);
      }}
      onMouseEnter={() => props.onHover(id)}
      onMouseLeave={() => props.onHover(null)}
      onFocus={props.onFocusItem}
      onBlur={props.onBlurItem}
      onKeyDown={props.onKey}
    >
      {/* Hit, never painted (styles.css: no fill, yet it catches the pointer). */}
      <rect className="hit" x={hitX} y={-HIT / 2} width={hitWidth} height={HIT} />
      {props.painted && mark.parts.map((part, index) => <Part key={index} part={part} prefix={prefix} />)}
      {/* Only the tab stop (the item focused last) and the selected item can show a ring: the others go
          without the element, one less for each item drawn. */}
      {(selected || tabbable) && (
        <rect
          className="ring"
          x={hitX - 2}
          y={-HIT / 2 - 2}
          width={hitWidth + 4}
          height={HIT + 4}
          rx={4}
          fill="none"
          stroke={selected ? props.focusColor : "none"}
          strokeWidth={selected ? 2 : 0}
        />
      )}
    </g>
  );
});
