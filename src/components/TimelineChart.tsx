import { scaleUtc } from "d3-scale";
import {
  lazy,
  Suspense,
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
import { utcFormat } from "d3-time-format";
import { itemGeometry, type ItemGeometry } from "../timeline/itemGeometry.ts";
import { firstInTime, nextItem, timeOrder, type NavigationKey } from "../timeline/keyboardOrder.ts";
import { rowLayout, type PlacedItem } from "../timeline/rowLayout.ts";
import { timeDomain } from "../timeline/timeDomain.ts";
import type { TimelineItem } from "../timeline/timelineItems.ts";
import { indexLayout, visibleItems } from "../timeline/visibleItems.ts";
import {
  isoDay,
  maxZoom,
  transformWindow,
  windowTransform,
  type XTransform,
} from "../timeline/zoomWindow.ts";
import { ChartDefs } from "./ChartDefs.tsx";
import { ChartItem, MARKER_SIZE } from "./ChartItem.tsx";
import { GridLines, TimeAxis } from "./TimeAxis.tsx";
import { createTransformStore } from "./transformStore.ts";
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
  /** The chart's frame, for export. */
  readonly frameRef: RefObject<HTMLDivElement | null>;
}

const AXIS = 44;
const LANE = 32;
const ROW_PADDING = 6;
const SHELF_COLUMN = 30;
const NAV_KEYS = new Set<string>(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);
const IDENTITY: XTransform = { k: 1, x: 0 };
// The tooltip (and floating-ui) loads on the first hover or focus, not with the page.
const Tooltip = lazy(() => import("./Tooltip.tsx").then((m) => ({ default: m.Tooltip })));
const dayWords = utcFormat("%-d %B %Y");

/**
 * The Gantt: one row per show, time across, fuzzy dates drawn as what they are. Only what is in view is
 * drawn; a zoom frame moves the drawn layer by one transform, and React redraws when the gesture settles.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { items, shows, colors, palette, latestReport, selectedId, window: urlWindow, frameRef } = props;
  const prefix = useId().replace(/[^a-zA-Z0-9-]/g, "");
  const zoomRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const bodySvgRef = useRef<SVGSVGElement>(null);
  const measured = useElementWidth(frameRef, 960);
  const width = Math.max(320, measured ?? 0);
  const ready = measured !== null;
  const [store] = useState(createTransformStore);

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
      rowLayout(ready ? items : [], shows, (ms) => base(ms), {
        laneHeight: LANE,
        rowPadding: ROW_PADDING,
        markerWidth: MARKER_SIZE + 4,
        shelfColumns,
      }),
    [items, shows, base, shelfColumns, ready],
  );
  const index = useMemo(() => indexLayout(layout.placed), [layout.placed]);
  const placedById = useMemo(() => new Map(layout.placed.map((p) => [p.item.id, p])), [layout.placed]);
  // Sorting every item by time is only needed once someone moves by keyboard.
  const orderCache = useRef<{ placed: readonly PlacedItem[]; order: PlacedItem[] } | null>(null);
  const getOrder = useCallback(() => {
    if (orderCache.current?.placed !== layout.placed) {
      orderCache.current = { placed: layout.placed, order: timeOrder(layout.placed) };
    }
    return orderCache.current.order;
  }, [layout.placed]);
  const first = useMemo(() => firstInTime(layout.placed), [layout.placed]);
  const height = layout.height + 8;
  const maxK = useMemo(() => maxZoom(base), [base]);

  // The transform the drawn items were positioned for; the live one comes from the store each frame.
  const [committed, setCommitted] = useState<XTransform>(IDENTITY);
  const committedRef = useRef(committed);
  /** Moves the drawn layers from where they were drawn to the live zoom; identity once React has redrawn. */
  const placeLayers = useCallback(() => {
    const live = store.getState().live;
    const drawn = committedRef.current;
    const ratio = live.k / drawn.k;
    const dx = live.x - drawn.x * ratio;
    const svg = bodySvgRef.current;
    if (svg) svg.style.transform = ratio === 1 && dx === 0 ? "" : `translate(${dx}px,0) scale(${ratio},1)`;
    return { ratio, dx };
  }, [store]);
  useLayoutEffect(() => {
    committedRef.current = committed;
    placeLayers();
  });

  const onWindowChange = props.onWindowChange;
  const onZoomEnd = useCallback(
    (t: XTransform) => {
      setCommitted(t);
      if (t.k <= 1.0001) onWindowChange(null);
      else {
        const [from, to] = transformWindow(base, t);
        onWindowChange({ from: isoDay(from), to: isoDay(to) });
      }
    },
    [base, onWindowChange],
  );
  const zoom = useZoom(zoomRef, store, plotWidth, height, maxK, onZoomEnd);

  // Each zoom frame: move the drawn layers by one attribute; redraw early if they drift far from the drawn view.
  useEffect(
    () =>
      store.subscribe(({ live }) => {
        const { ratio, dx } = placeLayers();
        if (ratio > 2.5 || ratio < 0.4 || Math.abs(dx) > plotWidth * 0.75) setCommitted(live);
      }),
    [store, placeLayers, plotWidth],
  );

  // Follow the URL's window (a shared link, back/forward) when it differs from what is shown.
  useEffect(() => {
    const live = store.getState().live;
    const [from, to] = transformWindow(base, live);
    const shown = live.k <= 1.0001 ? null : { from: isoDay(from), to: isoDay(to) };
    if (urlWindow?.from === shown?.from && urlWindow?.to === shown?.to) return;
    zoom.setTransform(
      urlWindow === null
        ? IDENTITY
        : windowTransform(base, new Date(urlWindow.from), new Date(urlWindow.to), maxK),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlWindow?.from, urlWindow?.to, base, maxK]);

  // The rows in view: the body scrolls, and only its visible band (and a margin) is drawn.
  const [viewport, setViewport] = useState({ top: 0, height: 900 });
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setViewport((v) =>
        v.top === body.scrollTop && v.height === (body.clientHeight || 900)
          ? v
          : { top: body.scrollTop, height: body.clientHeight || 900 },
      );
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
  }, []);

  // Focus: one item is the tab stop (roving tabindex); arrow keys move it in time and row order.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const tabStop = placedById.has(activeId ?? "") ? activeId : (selectedId ?? first?.item.id ?? null);

  // Tooltip: on hover or focus, until Escape; the pointer may move onto it.
  const tooltipId = `${prefix}-tooltip`;
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);
  const shownId = dismissed ? null : (hoverId ?? focusId);
  const shownItem = shownId === null ? undefined : placedById.get(shownId)?.item;

  // What to draw: the visible items, plus any item that focus, selection or the tooltip needs.
  const drawn = useMemo(() => {
    // Half a view of overscan each way: enough for the layer to move before React redraws.
    const margin = viewport.height / 2;
    const x0 = (-committed.x - plotWidth / 2) / committed.k;
    const x1 = ((3 * plotWidth) / 2 - committed.x) / committed.k;
    const list = visibleItems(index, viewport.top - margin, viewport.top + viewport.height + margin, x0, x1);
    const ids = new Set(list.map((p) => p.item.id));
    for (const id of [tabStop, selectedId, shownId, pendingFocus]) {
      const p = id === null ? undefined : placedById.get(id);
      if (p && !ids.has(p.item.id)) {
        list.push(p);
        ids.add(p.item.id);
      }
    }
    return list;
  }, [index, viewport, committed, plotWidth, tabStop, selectedId, shownId, pendingFocus, placedById]);

  const x = useCallback((ms: number) => committed.k * base(ms) + committed.x, [base, committed]);
  const geometries = useMemo(() => {
    // Clip a screen's width beyond each side: the layer may move that far before React redraws.
    const clip: [number, number] = [-plotWidth - 60, 2 * plotWidth + 60];
    const map = new Map<string, ItemGeometry>();
    for (const p of drawn) if (p.shelfColumn === null) map.set(p.item.id, itemGeometry(p.item, x, clip));
    return map;
  }, [drawn, x, plotWidth]);
  const links = useMemo(() => {
    const anchors = new Map<string, Anchor>();
    for (const p of drawn) {
      const g = geometries.get(p.item.id);
      if (g) anchors.set(p.item.id, { x0: g.x0, x1: g.x1, y: p.y });
    }
    return connectors(
      drawn.flatMap((p) =>
        (p.item.event.relations ?? []).map((r) => ({ from: p.item.id, to: r.event, type: r.type })),
      ),
      anchors,
    );
  }, [drawn, geometries]);

  const [anchor, setAnchor] = useState<Element | null>(null);
  useLayoutEffect(() => {
    setAnchor(
      shownId === null ? null : (frameRef.current?.querySelector(`svg [data-event-id="${shownId}"]`) ?? null),
    );
  }, [shownId, drawn, committed, frameRef]);

  // Focus an item once it is drawn: moving to an item off screen scrolls and pans to it first.
  useLayoutEffect(() => {
    if (pendingFocus === null) return;
    const element = frameRef.current?.querySelector<SVGGElement>(`svg [data-event-id="${pendingFocus}"]`);
    if (element) {
      element.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, drawn, frameRef]);

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

  const focusItem = (placed: PlacedItem) => {
    const body = bodyRef.current;
    if (body && (placed.y < body.scrollTop + LANE || placed.y > body.scrollTop + body.clientHeight - LANE)) {
      body.scrollTop = Math.max(0, placed.y - body.clientHeight / 2);
    }
    if (placed.shelfColumn === null) {
      const live = store.getState().live;
      const x0 = live.k * placed.fitX0 + live.x;
      const x1 = live.k * placed.fitX1 + live.x;
      if (x1 < 0 || x0 > plotWidth)
        zoom.setTransform({ k: live.k, x: live.x + plotWidth / 2 - (x0 + x1) / 2 });
    }
    setActiveId(placed.item.id);
    const element = frameRef.current?.querySelector<SVGGElement>(`svg [data-event-id="${placed.item.id}"]`);
    // Drawn already: focus now, since a later frame would race the next key press. Otherwise once drawn.
    if (element) element.focus();
    else setPendingFocus(placed.item.id);
  };

  const onItemKey = (event: KeyboardEvent<SVGGElement>) => {
    const id = event.currentTarget.dataset["eventId"];
    if (!id) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      props.onSelect(id);
    } else if (NAV_KEYS.has(event.key) && !event.shiftKey) {
      event.preventDefault();
      const next = nextItem(getOrder(), id, event.key as NavigationKey);
      if (next) focusItem(next);
    }
  };
  const onFocusItem = (id: string) => (event: FocusEvent<SVGGElement>) => {
    setActiveId(id);
    setFocusId(id);
    setDismissed(false);
    event.currentTarget.addEventListener("blur", () => setFocusId(null), { once: true });
  };
  const onChartKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "+" || event.key === "=") zoom.zoomBy(1.5);
    else if (event.key === "-" || event.key === "_") zoom.zoomBy(1 / 1.5);
    else if (event.key === "0") zoom.setTransform(IDENTITY);
    else if (event.shiftKey && event.key === "ArrowLeft") zoom.panBy(plotWidth / 5);
    else if (event.shiftKey && event.key === "ArrowRight") zoom.panBy(-plotWidth / 5);
    else return;
    event.preventDefault();
  };

  const undatedCount = index.shelf.length;
  const summary =
    `${items.length} events across ${layout.rows.length} shows` +
    (undatedCount ? `, ${undatedCount} with no announced date` : "") +
    (latestReport === null ? "" : `. Latest report: ${dayWords(new Date(latestReport))}`) +
    ". Arrow keys move between events, Enter opens their sources, + and − zoom, 0 fits, Shift+arrows pan.";

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
    <div
      className="chart"
      ref={frameRef}
      role="group"
      aria-labelledby={`${prefix}-title`}
      aria-describedby={`${prefix}-desc`}
      onKeyDown={onChartKey}
    >
      <p id={`${prefix}-title`} className="visually-hidden">
        Timeline of Marvel’s Netflix shows
      </p>
      <p id={`${prefix}-desc`} className="visually-hidden">
        {summary}
      </p>
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
        <button type="button" onClick={() => zoom.setTransform(IDENTITY)} title="Fit everything (0)">
          Fit
        </button>
      </div>
      <TimeAxis
        store={store}
        base={base}
        width={width}
        height={AXIS}
        labelWidth={labelWidth}
        plotWidth={plotWidth}
        narrow={narrow}
        palette={palette}
        latestReport={latestReport}
      />
      <div className="chart-body" ref={bodyRef}>
        <div className="chart-sheet" style={{ width, height }}>
          {/* Row stripes, labels and the shelf's edge: drawn once, never moved by the zoom. */}
          <svg
            className="timeline-rows"
            width={width}
            height={height}
            aria-hidden="true"
            style={{ background: palette.background }}
          >
            {layout.rows.map((row, i) => (
              <rect
                key={row.show.id}
                x={0}
                y={row.y}
                width={width}
                height={row.height}
                fill={i % 2 ? palette.rowStripe : palette.background}
              />
            ))}
            <line
              x1={labelWidth + plotWidth + 4}
              x2={labelWidth + plotWidth + 4}
              y1={0}
              y2={height}
              stroke={palette.gridMajor}
              strokeDasharray="2 3"
            />
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
          </svg>

          {/* d3-zoom listens on the plot: wheel, drag and pinch anywhere over it or its items. */}
          <div
            ref={zoomRef}
            className="plot zoom-surface"
            style={{ left: labelWidth, width: plotWidth, height }}
          >
            {/* Its own compositing layer: a zoom frame moves it with one CSS transform, without repainting. */}
            <svg
              ref={bodySvgRef}
              className="timeline-svg"
              data-ready={ready ? "true" : undefined}
              width={plotWidth}
              height={height}
            >
              <ChartDefs palette={palette} prefix={prefix} />
              <GridLines
                transform={committed}
                base={base}
                height={height}
                narrow={narrow}
                palette={palette}
                latestReport={latestReport}
              />
              <g aria-hidden="true">
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
              {layout.rows.map((row, rowIndex) => (
                <g
                  key={row.show.id}
                  role="group"
                  aria-label={`${row.show.title}, ${row.count === 1 ? "1 event" : `${row.count} events`}`}
                  // The row's undated items sit on the shelf, drawn apart from the moving plot; they are still the row's.
                  aria-owns={`${prefix}-shelf-${rowIndex}`}
                >
                  {drawn.map((placed) => {
                    const geometry = placed.row === rowIndex ? geometries.get(placed.item.id) : undefined;
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
              ))}
            </svg>
          </div>

          <svg
            className="timeline-shelf"
            width={shelfWidth}
            height={height}
            style={{ left: labelWidth + plotWidth }}
          >
            <ChartDefs palette={palette} prefix={`${prefix}-shelf`} />
            {layout.rows.map((row, rowIndex) => (
              <g key={row.show.id} id={`${prefix}-shelf-${rowIndex}`} transform="translate(14,0)">
                {drawn.map((placed) =>
                  placed.row === rowIndex && placed.shelfColumn !== null ? (
                    <ChartItem
                      key={placed.item.id}
                      {...itemProps(placed)}
                      prefix={`${prefix}-shelf`}
                      geometry={shelfGeometry(
                        placed.item.isWindow,
                        placed.shelfColumn * SHELF_COLUMN + SHELF_COLUMN / 2,
                      )}
                      onZoomTo={props.onSelect}
                    />
                  ) : null,
                )}
              </g>
            ))}
          </svg>
        </div>
      </div>
      {shownItem && anchor && (
        <Suspense fallback={null}>
          <Tooltip
            id={tooltipId}
            item={shownItem}
            anchor={anchor}
            onPointerEnter={() => onHover(shownItem.id)}
            onPointerLeave={() => onHover(null)}
          />
        </Suspense>
      )}
      {layout.placed.length === 0 && <p className="chart-empty">No events match the filters.</p>}
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
