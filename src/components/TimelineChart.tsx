import { scaleUtc } from "d3-scale";
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from "react";
import type { Show } from "../data/schema.ts";
import type { ChartPalette } from "../timeline/chartPalette.ts";
import { connectors, type Anchor } from "../timeline/connectors.ts";
import { dateWords } from "../timeline/dateWords.ts";
import { itemGeometry, type ItemGeometry } from "../timeline/itemGeometry.ts";
import { nextItem, timeOrder, type NavigationKey } from "../timeline/keyboardOrder.ts";
import { rowLayout, type PlacedItem } from "../timeline/rowLayout.ts";
import { timeDomain } from "../timeline/timeDomain.ts";
import type { TimelineItem } from "../timeline/timelineItems.ts";
import { timeTicks } from "../timeline/timeTicks.ts";
import {
  isoDay,
  maxZoom,
  transformWindow,
  windowTransform,
  type XTransform,
} from "../timeline/zoomWindow.ts";
import { ChartItem, MARKER_SIZE } from "./ChartItem.tsx";
import { ChartDefs } from "./ChartDefs.tsx";
import { Tooltip } from "./Tooltip.tsx";
import { useElementWidth } from "./useElementWidth.ts";
import { useZoom } from "./useZoom.ts";

export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

interface TimelineChartProps {
  readonly items: readonly TimelineItem[];
  readonly shows: readonly Show[];
  readonly colors: ReadonlyMap<string, string>;
  readonly palette: ChartPalette;
  /** The date of the newest source, ms: the "latest report" line. */
  readonly latestReport: number | null;
  readonly selectedId: string | null;
  readonly window: TimeWindow | null;
  readonly onSelect: (id: string) => void;
  readonly onWindowChange: (window: TimeWindow | null) => void;
  readonly onZoomToItem: (id: string) => void;
  readonly svgRef: RefObject<SVGSVGElement | null>;
}

const AXIS = 44;
const LANE = 32;
const ROW_PADDING = 6;
const SHELF_COLUMN = 30;
const NAV_KEYS = new Set<string>(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

/** The Gantt: one row per show, time across, fuzzy dates drawn as what they are. */
export function TimelineChart(props: TimelineChartProps) {
  const { items, shows, colors, palette, latestReport, selectedId, window: urlWindow, svgRef } = props;
  const prefix = useId().replace(/[^a-zA-Z0-9-]/g, "");
  const containerRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<SVGGElement>(null);
  const width = Math.max(320, useElementWidth(containerRef, 960));

  const narrow = width < 600;
  const labelWidth = narrow ? 96 : 170;
  const shelfColumns = narrow ? 2 : 3;
  const shelfWidth = shelfColumns * SHELF_COLUMN + 20;
  const plotWidth = Math.max(80, width - labelWidth - shelfWidth);

  const domain = useMemo(
    () =>
      timeDomain(items, latestReport === null ? [] : [latestReport], latestReport ?? Date.UTC(2016, 0, 1)),
    [items, latestReport],
  );
  const base = useMemo(() => scaleUtc().domain(domain).range([0, plotWidth]), [domain, plotWidth]);
  const layout = useMemo(
    () =>
      rowLayout(items, shows, (ms) => base(ms), {
        laneHeight: LANE,
        rowPadding: ROW_PADDING,
        markerWidth: MARKER_SIZE + 4,
        shelfColumns,
      }),
    [items, shows, base, shelfColumns],
  );
  const height = AXIS + layout.height + 8;
  const maxK = useMemo(() => maxZoom(base), [base]);

  const onZoomEnd = useCallback(
    (t: XTransform) => {
      if (t.k <= 1.0001) props.onWindowChange(null);
      else {
        const [from, to] = transformWindow(base, t);
        props.onWindowChange({ from: isoDay(from), to: isoDay(to) });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [base, props.onWindowChange],
  );
  const zoom = useZoom(zoomRef, plotWidth, height, maxK, onZoomEnd);
  const { transform } = zoom;

  // Follow the URL's window (a shared link, back/forward) when it differs from what is shown.
  useEffect(() => {
    const [from, to] = transformWindow(base, transform);
    const shown = transform.k <= 1.0001 ? null : { from: isoDay(from), to: isoDay(to) };
    if (urlWindow?.from === shown?.from && urlWindow?.to === shown?.to) return;
    if (urlWindow === null) zoom.setTransform({ k: 1, x: 0 });
    else zoom.setTransform(windowTransform(base, new Date(urlWindow.from), new Date(urlWindow.to), maxK));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlWindow?.from, urlWindow?.to, base, maxK]);

  const x = useCallback((ms: number) => transform.k * base(ms) + transform.x, [base, transform]);
  const view = useMemo(() => base.copy().domain(transformWindow(base, transform)), [base, transform]);
  const { ticks } = useMemo(() => timeTicks(view, narrow ? 56 : 72), [view, narrow]);

  const clip: [number, number] = [-60, plotWidth + 60];
  const geometries = new Map<string, ItemGeometry>();
  for (const placed of layout.placed) {
    if (placed.shelfColumn === null) geometries.set(placed.item.id, itemGeometry(placed.item, x, clip));
  }
  const anchors = new Map<string, Anchor>();
  for (const placed of layout.placed) {
    const g = geometries.get(placed.item.id);
    if (g) anchors.set(placed.item.id, { x0: g.x0, x1: g.x1, y: placed.y });
  }
  const links = connectors(
    items.flatMap((item) =>
      (item.event.relations ?? []).map((r) => ({ from: item.id, to: r.event, type: r.type })),
    ),
    anchors,
  );

  // Focus: one item is the tab stop (roving tabindex); arrow keys move it in time and row order.
  const order = useMemo(() => timeOrder(layout.placed), [layout.placed]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const tabStop = order.some((p) => p.item.id === activeId)
    ? activeId
    : (selectedId ?? order[0]?.item.id ?? null);

  // Tooltip: on hover or focus, until Escape; the pointer may move onto it.
  const tooltipId = `${prefix}-tooltip`;
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);
  const shownId = dismissed ? null : (hoverId ?? focusId);
  const shownItem = shownId === null ? undefined : items.find((item) => item.id === shownId);
  const [anchor, setAnchor] = useState<Element | null>(null);
  useLayoutEffect(() => {
    setAnchor(
      shownId === null ? null : (svgRef.current?.querySelector(`[data-event-id="${shownId}"]`) ?? null),
    );
  }, [shownId, svgRef, transform, layout]);

  const onHover = useCallback((id: string | null) => {
    window.clearTimeout(hideTimer.current);
    if (id === null) hideTimer.current = window.setTimeout(() => setHoverId(null), 200);
    else {
      setHoverId(id);
      setDismissed(false);
    }
  }, []);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);
  useEffect(() => {
    if (shownId === null) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setDismissed(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shownId]);

  const placedById = useMemo(() => new Map(layout.placed.map((p) => [p.item.id, p])), [layout.placed]);
  const focusItem = (id: string) => {
    const geometry = geometries.get(id);
    if (geometry && (geometry.x1 < 0 || geometry.x0 > plotWidth)) {
      zoom.setTransform({ k: transform.k, x: transform.x + plotWidth / 2 - (geometry.x0 + geometry.x1) / 2 });
    }
    setActiveId(id);
    // Every item is in the DOM, so focus can move now; a later frame would race the next key press.
    svgRef.current?.querySelector<SVGGElement>(`[data-event-id="${id}"]`)?.focus();
  };

  const onItemKey = (event: KeyboardEvent<SVGGElement>) => {
    const id = event.currentTarget.dataset["eventId"];
    if (!id) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      props.onSelect(id);
    } else if (NAV_KEYS.has(event.key) && !event.shiftKey) {
      event.preventDefault();
      const next = nextItem(order, id, event.key as NavigationKey);
      if (next) focusItem(next.item.id);
    }
  };
  const onFocusItem = (id: string) => (event: FocusEvent<SVGGElement>) => {
    setActiveId(id);
    setFocusId(id);
    setDismissed(false);
    event.currentTarget.addEventListener("blur", () => setFocusId(null), { once: true });
  };
  const onChartKey = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === "+" || event.key === "=") zoom.zoomBy(1.5);
    else if (event.key === "-" || event.key === "_") zoom.zoomBy(1 / 1.5);
    else if (event.key === "0") zoom.setTransform({ k: 1, x: 0 });
    else if (event.shiftKey && event.key === "ArrowLeft") zoom.panBy(plotWidth / 5);
    else if (event.shiftKey && event.key === "ArrowRight") zoom.panBy(-plotWidth / 5);
    else return;
    event.preventDefault();
  };

  const latestX = latestReport === null ? null : x(latestReport);
  const dated = layout.placed.filter((p) => p.shelfColumn === null);
  const undatedCount = layout.placed.length - dated.length;
  const summary =
    `${items.length} events across ${layout.rows.length} shows` +
    (undatedCount ? `, ${undatedCount} with no announced date` : "") +
    (latestReport === null ? "" : `. Latest report: ${dateWords(isoDay(new Date(latestReport)))}`) +
    ". Arrow keys move between events, Enter opens their sources, + and − zoom, 0 fits, Shift+arrows pan.";

  return (
    <div className="chart" ref={containerRef}>
      <div className="chart-tools" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoom.zoomBy(1.5)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => zoom.zoomBy(1 / 1.5)} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button
          type="button"
          onClick={() => zoom.panBy(plotWidth / 4)}
          aria-label="Pan earlier"
          title="Earlier (Shift+←)"
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => zoom.panBy(-plotWidth / 4)}
          aria-label="Pan later"
          title="Later (Shift+→)"
        >
          →
        </button>
        <button type="button" onClick={() => zoom.setTransform({ k: 1, x: 0 })} title="Fit everything (0)">
          Fit
        </button>
      </div>
      <svg
        ref={svgRef}
        className="timeline-svg"
        role="group"
        aria-labelledby={`${prefix}-title`}
        aria-describedby={`${prefix}-desc`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        onKeyDown={onChartKey}
        style={{ background: palette.background }}
      >
        <title id={`${prefix}-title`}>Timeline of Marvel’s Netflix shows</title>
        <desc id={`${prefix}-desc`}>{summary}</desc>
        <ChartDefs palette={palette} prefix={prefix} />
        <clipPath id={`${prefix}-plot`}>
          <rect x={0} y={-AXIS} width={plotWidth} height={height + AXIS} />
        </clipPath>

        <g aria-hidden="true">
          {layout.rows.map((row, index) => (
            <rect
              key={row.show.id}
              x={0}
              y={AXIS + row.y}
              width={width}
              height={row.height}
              fill={index % 2 ? palette.rowStripe : palette.background}
            />
          ))}
        </g>

        <g transform={`translate(${labelWidth},0)`}>
          <g aria-hidden="true" clipPath={`url(#${prefix}-plot)`} className="axis">
            {ticks.map((tick) => (
              <g key={tick.x} transform={`translate(${tick.x},0)`}>
                <line
                  y1={AXIS - 8}
                  y2={height}
                  stroke={tick.major ? palette.gridMajor : palette.grid}
                  strokeWidth={1}
                />
                {tick.x < plotWidth - 38 && (
                  <text
                    y={AXIS - 14}
                    x={3}
                    fill={tick.major ? palette.text : palette.muted}
                    fontSize={12}
                    fontWeight={tick.major ? 700 : 400}
                  >
                    {tick.label}
                  </text>
                )}
              </g>
            ))}
            {latestX !== null && latestX >= 0 && latestX <= plotWidth && (
              <g transform={`translate(${latestX},0)`} className="latest-report">
                <line
                  y1={AXIS - 6}
                  y2={height}
                  stroke={palette.latest}
                  strokeWidth={2}
                  strokeDasharray="6 3"
                />
                <text
                  y={12}
                  x={latestX > plotWidth - 130 ? -4 : 4}
                  textAnchor={latestX > plotWidth - 130 ? "end" : "start"}
                  fill={palette.latest}
                  fontSize={12}
                  fontWeight={700}
                >
                  latest report
                </text>
              </g>
            )}
          </g>
        </g>

        <g aria-hidden="true" transform={`translate(0,${AXIS})`}>
          {layout.rows.map((row) => (
            <g key={row.show.id}>
              <text x={8} y={row.y + 15} fill={palette.text} fontSize={narrow ? 11 : 14} fontWeight={700}>
                <tspan fill={colors.get(row.show.id)}>■ </tspan>
                {row.show.title}
              </text>
              {row.seasons.map((band) =>
                band.label ? (
                  <text
                    key={band.label}
                    x={labelWidth - 8}
                    y={band.y + LANE / 2 + 9}
                    textAnchor="end"
                    fill={palette.muted}
                    fontSize={11}
                  >
                    {band.label}
                  </text>
                ) : null,
              )}
            </g>
          ))}
        </g>

        {/* d3-zoom listens on this group: wheel, drag and pinch anywhere over the plot or its items. */}
        <g ref={zoomRef} className="plot" transform={`translate(${labelWidth},${AXIS})`}>
          <rect
            className="zoom-surface"
            x={0}
            y={-AXIS}
            width={plotWidth}
            height={height}
            fill="transparent"
          />
          <g clipPath={`url(#${prefix}-plot)`} aria-hidden="true">
            {links.map((link) => (
              <path
                key={link.key}
                d={link.d}
                fill="none"
                stroke={palette.connector}
                strokeWidth={link.type === "back-to-back" ? 2.5 : 1.5}
                strokeDasharray={link.type === "back-to-back" ? undefined : "4 3"}
                markerEnd={`url(#${prefix}-arrow)`}
              />
            ))}
          </g>
          {layout.rows.map((row, rowIndex) => {
            const rowItems = layout.placed.filter((p) => p.row === rowIndex);
            const itemProps = (placed: PlacedItem) => ({
              item: placed.item,
              y: placed.y,
              color: colors.get(placed.item.show.id) ?? palette.text,
              palette,
              prefix,
              selected: placed.item.id === selectedId,
              tabbable: placed.item.id === tabStop,
              describedBy: shownId === placed.item.id ? tooltipId : undefined,
              onActivate: props.onSelect,
              onHover,
              onFocusItem: onFocusItem(placed.item.id),
              onKey: onItemKey,
            });
            return (
              <g
                key={row.show.id}
                role="group"
                aria-label={`${row.show.title}, ${row.count === 1 ? "1 event" : `${row.count} events`}`}
              >
                <g clipPath={`url(#${prefix}-plot)`}>
                  {rowItems.map((placed) => {
                    const geometry = geometries.get(placed.item.id);
                    return geometry ? (
                      <ChartItem
                        key={placed.item.id}
                        {...itemProps(placed)}
                        geometry={geometry}
                        onZoomTo={props.onZoomToItem}
                      />
                    ) : null;
                  })}
                </g>
                <g transform={`translate(${plotWidth + 14},0)`}>
                  {rowItems
                    .filter((placed) => placed.shelfColumn !== null)
                    .map((placed) => (
                      <ChartItem
                        key={placed.item.id}
                        {...itemProps(placed)}
                        geometry={shelfGeometry(
                          placed.item.isWindow,
                          (placed.shelfColumn ?? 0) * SHELF_COLUMN + SHELF_COLUMN / 2,
                        )}
                        onZoomTo={props.onSelect}
                      />
                    ))}
                </g>
              </g>
            );
          })}
        </g>

        <g aria-hidden="true" transform={`translate(${labelWidth + plotWidth},0)`}>
          <line x1={4} x2={4} y1={AXIS - 8} y2={height} stroke={palette.gridMajor} strokeDasharray="2 3" />
          <text x={12} y={18} fill={palette.text} fontSize={11} fontWeight={700}>
            Date not
          </text>
          <text x={12} y={32} fill={palette.text} fontSize={11} fontWeight={700}>
            announced
          </text>
        </g>
      </svg>
      {shownItem && anchor && (
        <Tooltip
          id={tooltipId}
          item={shownItem}
          anchor={anchor}
          onPointerEnter={() => onHover(shownItem.id)}
          onPointerLeave={() => onHover(null)}
        />
      )}
      {placedById.size === 0 && <p className="chart-empty">No events match the filters.</p>}
    </div>
  );
}

/** An undated item on the shelf: its kind's glyph (or a short bar), hollow since it has no date. */
function shelfGeometry(isWindow: boolean, centre: number): ItemGeometry {
  if (!isWindow) return { segments: [], markerX: centre, exact: false, x0: centre - 8, x1: centre + 8 };
  return {
    segments: [
      {
        x0: centre - 10,
        x1: centre + 10,
        style: "span",
        approximate: false,
        uncertain: false,
        openStart: false,
        openEnd: false,
      },
    ],
    markerX: centre,
    exact: false,
    x0: centre - 10,
    x1: centre + 10,
  };
}
