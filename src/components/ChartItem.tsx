import type { FocusEvent, KeyboardEvent, MouseEvent } from "react";
import type { ChartPalette } from "../timeline/chartPalette.ts";
import type { ItemGeometry, Segment } from "../timeline/itemGeometry.ts";
import type { TimelineItem } from "../timeline/timelineItems.ts";

export const BAR_HEIGHT = 14;
export const MARKER_SIZE = 16;
/** How long a click waits for a second one before it opens the panel. */
const DOUBLE_CLICK_MS = 220;
let clickTimer: number | undefined;

/** WCAG 2.5.8: every target is at least 24 × 24 px. */
const HIT = 28;

/** The glyph of a milestone kind, centred on 0,0: shape, not colour alone, tells kinds apart. */
export function markerPath(kind: string, size = MARKER_SIZE): string {
  const r = size / 2;
  if (kind === "release") return `M0,${-r} L${r},0 L0,${r} L${-r},0 Z`;
  // announcement: a circle drawn as a path so that both share one element
  return `M${-r + 1},0 a${r - 1},${r - 1} 0 1,0 ${2 * r - 2},0 a${r - 1},${r - 1} 0 1,0 ${-(2 * r - 2)},0`;
}

export const CERTAINTY_STROKE: Record<string, { width: number; dash: string | undefined }> = {
  confirmed: { width: 2, dash: undefined },
  reported: { width: 1, dash: undefined },
  speculative: { width: 1.5, dash: "3 2" },
};

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
  readonly onFocusItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onKey: (event: KeyboardEvent<SVGGElement>) => void;
}

/** One event: its marks, a hit area of at least 24 px, and the name that says what and when. */
export function ChartItem(props: ChartItemProps) {
  const { item, geometry, y, color, palette, prefix, selected, tabbable, describedBy } = props;
  const { event } = item;
  const stroke = CERTAINTY_STROKE[event.certainty] ?? { width: 1, dash: undefined };
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
        window.clearTimeout(clickTimer);
        if (e.detail <= 1) clickTimer = window.setTimeout(() => props.onActivate(item.id), DOUBLE_CLICK_MS);
      }}
      onDoubleClick={(e: MouseEvent) => {
        e.stopPropagation();
        window.clearTimeout(clickTimer);
        props.onZoomTo(item.id);
      }}
      onMouseEnter={() => props.onHover(item.id)}
      onMouseLeave={() => props.onHover(null)}
      onFocus={props.onFocusItem}
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
          mask={arrows.length ? `url(#${prefix}-fade-right)` : undefined}
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
}
