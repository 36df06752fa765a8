import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type Ref,
  type RefObject,
} from "react";
import type { Show } from "../data/schema.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { chartSummary } from "../model/chartSummary.ts";
import { drawnRange, layerShift } from "../layout/overscan.ts";
import { firstInTime, nextItem, timeOrder, type NavigationKey } from "../layout/keyboardOrder.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { indexLayout, visibleItems } from "../layout/visibleItems.ts";
import { buildScene, plotX, sceneConnectors, sceneMarks } from "../scene/buildScene.ts";
import { AXIS_HEIGHT, chartFrame, LANE_HEIGHT } from "../scene/chartFrame.ts";
import { chartLayout } from "../scene/chartLayout.ts";
import { labelMarks } from "../scene/labelMarks.ts";
import type { Scene, SceneMark } from "../scene/scene.ts";
import {
  revealTransform,
  sameWindow,
  shownWindow,
  windowTransform,
  type TimeWindow,
  type XTransform,
} from "../dates/zoomWindow.ts";
import { useStore } from "zustand";
import { ChartDefs } from "./ChartDefs.tsx";
import { ChartItem } from "./ChartItem.tsx";
import { GridLines, TimeAxis } from "./TimeAxis.tsx";
import { createTransformStore } from "./transformStore.ts";
import { useElementWidth } from "./useElementWidth.ts";
import { useZoom } from "./useZoom.ts";

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
  readonly handleRef?: Ref<TimelineChartHandle>;
}

export interface TimelineChartHandle {
  /** Scrolls and pans to an item, draws it if it is out of view, and focuses it. */
  readonly focusItem: (id: string) => void;
  /** The scene as shown now (the live zoom, the rows scrolled to), for export. */
  readonly shownScene: () => { readonly scene: Scene; readonly top: number; readonly height: number };
}

const AXIS = AXIS_HEIGHT;
const LANE = LANE_HEIGHT;
const NAV_KEYS = new Set<string>(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);
const IDENTITY: XTransform = { k: 1, x: 0 };
// The tooltip (and floating-ui) loads on the first hover or focus, not with the page.
const Tooltip = lazy(() => import("./Tooltip.tsx").then((m) => ({ default: m.Tooltip })));

/**
 * The Gantt: one row per show, time across, fuzzy dates drawn as what they are. Only what is in view is
 * drawn. A zoom frame moves the plotted items (their own compositing layer) with one CSS transform, and
 * React redraws them when the gesture settles or reaches past what was drawn.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { items, shows, colors, palette, latestReport, selectedId, window: urlWindow, frameRef } = props;
  const prefix = useId().replace(/[^a-zA-Z0-9-]/g, "");
  const zoomRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const bodySvgRef = useRef<SVGSVGElement>(null);
  const measured = useElementWidth(frameRef, 960);
  const ready = measured !== null;
  const [store] = useState(createTransformStore);

  const frame = useMemo(() => chartFrame(measured ?? 0), [measured]);
  const { width, narrow, labelWidth, plotWidth, shelfWidth } = frame;
  // Laid out once the width is known, so that nothing is laid out twice.
  const { base, layout, maxK } = useMemo(
    () => chartLayout(items, shows, frame, latestReport, ready),
    [items, shows, frame, latestReport, ready],
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

  // The zoom the items are drawn for (the store redraws them on settle, or when a gesture outruns them).
  const committed = useStore(store, (s) => s.drawn);
  // The zoom the items in the page are positioned for: the drawn one, once React has committed it.
  const positioned = useRef(committed);
  /** Moves the plotted items from where they were drawn to the live zoom; no transform once redrawn. */
  const placeLayer = useCallback(() => {
    const { ratio, dx } = layerShift(positioned.current, store.getState().live);
    const svg = bodySvgRef.current;
    if (!svg) return;
    svg.style.transform = ratio === 1 && dx === 0 ? "" : `translate(${dx}px,0) scale(${ratio},1)`;
    // Labels are placed when the zoom settles: mid-gesture they pan with their marks, but never stretch.
    svg.classList.toggle("stretched", ratio !== 1);
  }, [store]);
  useLayoutEffect(() => {
    positioned.current = committed;
    placeLayer();
  });
  // Each zoom frame moves the drawn layer: no React render.
  useEffect(() => store.subscribe(placeLayer), [store, placeLayer]);

  const onWindowChange = props.onWindowChange;
  const onZoomEnd = useCallback(
    (t: XTransform) => {
      store.getState().settle(t);
      onWindowChange(shownWindow(base, t));
    },
    [store, base, onWindowChange],
  );
  const zoom = useZoom(zoomRef, store, plotWidth, height, maxK, onZoomEnd);

  // Follow the URL's window (a shared link, back/forward) when it differs from what is shown. A window
  // beyond what can be shown is clamped, and the URL then says what is shown.
  const { setTransform } = zoom;
  useEffect(() => {
    // Before the width is known the scale is a guess: a window clamped to it would be wrong.
    if (!ready || sameWindow(urlWindow, shownWindow(base, store.getState().live))) return;
    const to =
      urlWindow === null
        ? IDENTITY
        : windowTransform(base, new Date(urlWindow.from), new Date(urlWindow.to), maxK);
    const shown = shownWindow(base, to);
    if (!sameWindow(urlWindow, shown)) onWindowChange(shown);
    setTransform(to);
  }, [ready, urlWindow, base, maxK, store, setTransform, onWindowChange]);

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

  // Tooltip: on hover or focus, until Escape; the pointer may move onto it.
  const tooltipId = `${prefix}-tooltip`;
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);
  const shownId = dismissed ? null : (hoverId ?? focusId);
  const shownItem = shownId === null ? undefined : placedById.get(shownId)?.item;

  // What to draw: the items in view (and the overscan), then any item focus, selection or the tooltip needs.
  const visible = useMemo(() => {
    const [x0, x1] = drawnRange(committed, plotWidth);
    const margin = viewport.height / 2;
    return visibleItems(index, viewport.top - margin, viewport.top + viewport.height + margin, x0, x1);
  }, [index, viewport, committed, plotWidth]);
  // The tab stop: the item last focused, else the selected one, else the first in time of those on screen
  // (a shared link's zoom must not be panned away by the first Tab), else the first of all.
  const firstOnScreen = useMemo(() => {
    const [x0, x1] = [-committed.x / committed.k, (plotWidth - committed.x) / committed.k];
    const top = viewport.top;
    const bottom = viewport.top + viewport.height;
    return firstInTime(
      visible.filter(
        (p) => p.y >= top && p.y <= bottom && (p.shelfColumn !== null || (p.fitX1 >= x0 && p.fitX0 <= x1)),
      ),
    );
  }, [visible, committed, plotWidth, viewport]);
  const tabStop = placedById.has(activeId ?? "")
    ? activeId
    : (selectedId ?? firstOnScreen?.item.id ?? first?.item.id ?? null);
  const extras = useMemo(() => {
    const ids = new Set(visible.map((p) => p.item.id));
    return [tabStop, selectedId, shownId, pendingFocus].flatMap((id) => {
      const p = id === null || ids.has(id) ? undefined : placedById.get(id);
      if (!p) return [];
      ids.add(p.item.id);
      return [p];
    });
  }, [visible, tabStop, selectedId, shownId, pendingFocus, placedById]);
  const drawn = useMemo(() => (extras.length ? [...visible, ...extras] : visible), [visible, extras]);

  // The scene's marks for the items in view, labelled, and apart for the few extras: a hover changes the
  // extras only, so the items in view keep their marks, and their memoized elements stay as they are.
  const x = useMemo(() => plotX(base, committed), [base, committed]);
  const visibleMarks = useMemo(
    () =>
      labelMarks(
        sceneMarks(visible, x, frame, colors, palette),
        (id) => placedById.get(id)?.item,
        frame,
        palette,
      ),
    [visible, x, frame, colors, palette, placedById],
  );
  const extraMarks = useMemo(
    () => sceneMarks(extras, x, frame, colors, palette),
    [extras, x, frame, colors, palette],
  );
  const marks = useMemo(() => [...visibleMarks, ...extraMarks], [visibleMarks, extraMarks]);
  const marksByRow = useMemo(() => {
    const rows = new Map<number, typeof marks>();
    for (const m of marks) {
      const list = rows.get(m.row);
      if (list) list.push(m);
      else rows.set(m.row, [m]);
    }
    return rows;
  }, [marks]);
  const links = useMemo(() => sceneConnectors(drawn, marks, palette), [drawn, marks, palette]);

  // Items by id, kept by the items themselves as they mount: focus and the tooltip look them up here.
  const elements = useRef(new Map<string, SVGGElement>());
  const register = useCallback((id: string, element: SVGGElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  }, []);

  const [anchor, setAnchor] = useState<Element | null>(null);
  useLayoutEffect(() => {
    setAnchor(shownId === null ? null : (elements.current.get(shownId) ?? null));
  }, [shownId, marks]);

  // Focus an item once it is drawn: moving to an item off screen scrolls and pans to it first.
  useLayoutEffect(() => {
    if (pendingFocus === null) return;
    const element = elements.current.get(pendingFocus);
    if (element) {
      element.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, marks]);

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

  /** Scrolls and pans so that an item is in view (focus must never land on something off screen). */
  const reveal = useCallback(
    (placed: PlacedItem) => {
      const body = bodyRef.current;
      if (
        body &&
        (placed.y < body.scrollTop + LANE || placed.y > body.scrollTop + body.clientHeight - LANE)
      ) {
        body.scrollTop = Math.max(0, placed.y - body.clientHeight / 2);
      }
      if (placed.shelfColumn === null) {
        const to = revealTransform(store.getState().live, placed.fitX0, placed.fitX1, plotWidth);
        if (to) setTransform(to);
      }
    },
    [store, plotWidth, setTransform],
  );

  const focusItem = (placed: PlacedItem) => {
    reveal(placed);
    setActiveId(placed.item.id);
    const element = elements.current.get(placed.item.id);
    // Drawn already: focus now, since a later frame would race the next key press. Otherwise once drawn.
    if (element) element.focus();
    else setPendingFocus(placed.item.id);
  };
  useImperativeHandle(props.handleRef, () => ({
    focusItem: (id: string) => {
      const placed = placedById.get(id);
      if (placed) focusItem(placed);
    },
    shownScene: () => {
      // The live zoom (a gesture may be under way), the rows scrolled to: what the reader sees.
      const live = store.getState().live;
      const [x0, x1] = drawnRange(live, plotWidth);
      const top = bodyRef.current?.scrollTop ?? 0;
      const band = bodyRef.current?.clientHeight || height;
      const inView = visibleItems(index, top, top + band, x0, x1);
      const scene = buildScene({
        layout,
        drawn: inView,
        base,
        transform: live,
        frame,
        colors,
        palette,
        latestReport,
      });
      return { scene, top, height: band };
    },
  }));

  const handleItemKey = (event: KeyboardEvent<SVGGElement>) => {
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
  // One stable handler for every item (so memoized items stay put), calling this render's logic.
  const itemKeyHandler = useRef(handleItemKey);
  useLayoutEffect(() => {
    itemKeyHandler.current = handleItemKey;
  });
  const onItemKey = useCallback((event: KeyboardEvent<SVGGElement>) => itemKeyHandler.current(event), []);
  const onFocusItem = useCallback(
    (event: FocusEvent<SVGGElement>) => {
      const id = event.currentTarget.dataset["eventId"];
      const placed = id === undefined ? undefined : placedById.get(id);
      if (!placed) return;
      reveal(placed);
      setActiveId(placed.item.id);
      setFocusId(placed.item.id);
      setDismissed(false);
    },
    [placedById, reveal],
  );
  const onBlurItem = useCallback(() => setFocusId(null), []);
  const onChartKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "+" || event.key === "=") zoom.zoomBy(1.5);
    else if (event.key === "-" || event.key === "_") zoom.zoomBy(1 / 1.5);
    else if (event.key === "0") zoom.setTransform(IDENTITY);
    else if (event.shiftKey && event.key === "ArrowLeft") zoom.panBy(plotWidth / 4);
    else if (event.shiftKey && event.key === "ArrowRight") zoom.panBy(-plotWidth / 4);
    else return;
    event.preventDefault();
  };

  const summary = chartSummary(items.length, layout.rows.length, index.shelf.length, latestReport);

  const itemProps = (mark: SceneMark) => ({
    mark,
    focusColor: palette.focus,
    prefix,
    selected: mark.id === selectedId,
    tabbable: mark.id === tabStop,
    describedBy: shownId === mark.id ? tooltipId : undefined,
    register,
    onActivate: props.onSelect,
    onHover,
    onFocusItem,
    onBlurItem,
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
                  {(marksByRow.get(rowIndex) ?? []).map((mark) =>
                    mark.placement.at === "plot" ? (
                      <ChartItem key={mark.id} {...itemProps(mark)} onZoomTo={props.onZoomToItem} />
                    ) : null,
                  )}
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
              <g key={row.show.id} id={`${prefix}-shelf-${rowIndex}`}>
                {(marksByRow.get(rowIndex) ?? []).map((mark) =>
                  mark.placement.at === "shelf" ? (
                    <ChartItem
                      key={mark.id}
                      {...itemProps(mark)}
                      prefix={`${prefix}-shelf`}
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
