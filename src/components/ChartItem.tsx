import { memo, useEffect, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { ChartPalette } from "../model/chartPalette.ts";
import type { ItemGeometry, Segment } from "../layout/itemGeometry.ts";
import { BAR_HEIGHT, CERTAINTY_STROKE, markerPath } from "../scene/markStyle.ts";
import type { TimelineItem } from "../model/timelineItems.ts";

/** How long a click waits for a second one before it opens the panel. */
const DOUBLE_CLICK_MS = 220;
/** WCAG 2.5.8: every target is at least 24 × 24 px. */
const HIT = 28;

interface ChartItemProps {
  readonly item: TimelineItem;
  readonly geometry: ItemGeometry;
  readonly y: number;
  readonly color: string;
  readonly palette: ChartPalette;
  readonly prefix: string;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly describedBy: string | undefined;
  readonly onActivate: (id: string) => void;
  readonly onZoomTo: (id: string) => void;
  readonly onHover: (id: string | null) => void;
  /** Focus handlers read the item from `data-event-id`, so one stable function serves every item. */
  readonly onFocusItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onBlurItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onKey: (event: KeyboardEvent<SVGGElement>) => void;
}

/**
 * One event: its marks, a hit area of at least 24 px, and the name that says what and when. Memoized: a
 * hover or a focus elsewhere redraws only the items whose props changed.
 */
export const ChartItem = memo(function ChartItem(props: ChartItemProps) {
  const { item, geometry, y, color, palette, prefix, selected, tabbable, describedBy } = props;
  const { event } = item;
  const stroke = CERTAINTY_STROKE[event.certainty];
  const clickTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(clickTimer.current), []);
  const hitX = Math.min(geometry.x0, geometry.markerX - HIT / 2);
  const hitWidth = Math.max(HIT, geometry.x1 - geometry.x0, geometry.markerX + HIT / 2 - hitX);
  const half = BAR_HEIGHT / 2;

  const segment = (s: Segment, index: number) => {
    const width = Math.max(1, s.x1 - s.x0);
    const mask = s.openEnd
      ? `url(#${prefix}-fade-right)`
      : s.openStart
        ? `url(#${prefix}-fade-left)`
        : undefined;
    const faded = s.style === "span";
    return (
      <g key={index} mask={mask}>
        <rect
          x={s.x0}
          y={-half}
          width={width}
          height={BAR_HEIGHT}
          fill={color}
          fillOpacity={faded ? 0.35 : 1}
        />
        {s.approximate && (
          <rect x={s.x0} y={-half} width={width} height={BAR_HEIGHT} fill={`url(#${prefix}-dots)`} />
        )}
        {s.uncertain && (
          <rect x={s.x0} y={-half} width={width} height={BAR_HEIGHT} fill={`url(#${prefix}-hatch)`} />
        )}
        {event.kind === "production" && !faded && (
          <rect x={s.x0} y={-1.5} width={width} height={3} fill={palette.background} />
        )}
      </g>
    );
  };
  const arrows = geometry.segments.filter((s) => s.openEnd || s.openStart);
  // The outline fades where the window runs on into the unknown.
  const outlineFade = arrows.some((s) => s.openEnd)
    ? `url(#${prefix}-fade-right)`
    : arrows.some((s) => s.openStart)
      ? `url(#${prefix}-fade-left)`
      : undefined;

  return (
    <g
      className={`item${selected ? " selected" : ""}`}
      data-event-id={item.id}
      role="button"
      aria-haspopup="dialog"
      aria-label={item.name}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
      transform={`translate(0,${y})`}
      onClick={(e: MouseEvent) => {
        e.stopPropagation();
        // Opening the panel reflows the chart; wait to see whether this is the first click of a double-click.
        window.clearTimeout(clickTimer.current);
        if (e.detail <= 1)
          clickTimer.current = window.setTimeout(() => props.onActivate(item.id), DOUBLE_CLICK_MS);
      }}
      onDoubleClick={(e: MouseEvent) => {
        e.stopPropagation();
        window.clearTimeout(clickTimer.current);
        props.onZoomTo(item.id);
      }}
      onMouseEnter={() => props.onHover(item.id)}
      onMouseLeave={() => props.onHover(null)}
      onFocus={props.onFocusItem}
      onBlur={props.onBlurItem}
      onKeyDown={props.onKey}
    >
      {/* Hit, never painted: pointer-events="all" catches the pointer without a fill to draw. */}
      <rect
        className="hit"
        x={hitX}
        y={-HIT / 2}
        width={hitWidth}
        height={HIT}
        fill="none"
        pointerEvents="all"
      />
      {geometry.segments.map(segment)}
      {item.isWindow && (
        <rect
          x={geometry.x0}
          y={-half}
          width={Math.max(1, geometry.x1 - geometry.x0)}
          height={BAR_HEIGHT}
          fill="none"
          stroke={palette.text}
          strokeWidth={stroke.width}
          strokeDasharray={stroke.dash}
          mask={outlineFade}
        />
      )}
      {arrows.map((s, index) => {
        const tip = s.openEnd ? s.x1 : s.x0;
        const dir = s.openEnd ? 1 : -1;
        return (
          <path
            key={`arrow-${index}`}
            d={`M${tip - 7 * dir},${-half} L${tip},0 L${tip - 7 * dir},${half}`}
            fill="none"
            stroke={palette.muted}
            strokeWidth={2}
          />
        );
      })}
      {!item.isWindow && (
        <path
          d={markerPath(event.kind)}
          transform={`translate(${geometry.markerX},0)`}
          fill={geometry.exact ? color : palette.background}
          stroke={geometry.exact ? palette.text : color}
          strokeWidth={geometry.exact ? stroke.width : 3}
          strokeDasharray={geometry.exact ? stroke.dash : undefined}
        />
      )}
      <rect
        className="ring"
        x={hitX - 2}
        y={-HIT / 2 - 2}
        width={hitWidth + 4}
        height={HIT + 4}
        rx={4}
        fill="none"
        stroke={selected ? palette.focus : "none"}
        strokeWidth={selected ? 2 : 0}
      />
    </g>
  );
});
