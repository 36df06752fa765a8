import { lazyView } from "../lazyView.ts";
import {
  memo,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { FocusEvent, KeyboardEvent, Ref, RefObject } from "react";
import type { Show } from "../data/schema.ts";
import { applyX, shownWindow, type TimeWindow, type XTransform } from "../dates/zoomWindow.ts";
import { drawnRange } from "../layout/overscan.ts";
import { rowsInBand } from "../layout/rowsInBand.ts";
import { indexRows, loadMovedIndex } from "../layout/indexRows.ts";
import { placedLookup } from "../layout/placedLookup.ts";
import { visibleItems } from "../layout/visibleItems.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { chartSummary } from "../model/chartSummary.ts";
import { itemsById } from "../model/itemsById.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import type { SceneInput } from "../scene/buildScene.ts";
import { sceneRows } from "../scene/sceneRows.ts";
import { AXIS_HEIGHT, chartFrame } from "../scene/chartFrame.ts";
import { chartRows, chartScale } from "../scene/chartLayout.ts";
import { datasetPacks } from "../layout/rowPacks.ts";
import { overlayInstants, type SceneOverlay } from "../scene/overlayParts.ts";
import { ChartDefs } from "./ChartDefs.tsx";
import { ConnectorsLayer } from "./ConnectorsLayer.tsx";
import { MarkLabels } from "./MarkLabels.tsx";
import { MarksLayer, type MarkHandlers } from "./MarksLayer.tsx";
import { markRenderer } from "./markRenderer.ts";
import { RowsLayer } from "./RowsLayer.tsx";
import { GridLines, TimeAxis } from "./TimeAxis.tsx";
import { afterFirstDraw } from "./firstDraw.ts";
import { createTransformStore, IDENTITY } from "./transformStore.ts";
import { useDrawnItems } from "./useDrawnItems.ts";
import { useDrawnLayer } from "./useDrawnLayer.ts";
import { useElementWidth } from "./useElementWidth.ts";
import { useFollowUrlWindow } from "./useFollowUrlWindow.ts";
import { useFocusState, useItemFocus } from "./useItemFocus.ts";
import { useItemRegistry } from "./useItemRegistry.ts";
import { useMarksCanvas } from "./useMarksCanvas.ts";
import { useReadableStyle } from "./useReadableStyle.ts";
import { useRowsAnchor } from "./useRowsAnchor.ts";
import { useRestOfRows } from "./useRestOfRows.ts";
import { useRowsViewport } from "./useRowsViewport.ts";
import { useSceneMarks } from "./useSceneMarks.ts";
import type { TooltipAnchor } from "./Tooltip.tsx";
import { useTooltipTarget } from "./useTooltipTarget.ts";
import { WhenStill } from "./WhenStill.tsx";
import { useStepTransition } from "./useStepTransition.ts";
import { useZoom } from "./useZoom.ts";
import { ZoomTools } from "./ZoomTools.tsx";
import { startKey } from "../model/timeOrderKey.ts";
import { ZoomedTo } from "./ZoomedTo.tsx";

export interface TimelineChartProps {
  /** What the chart is of, for its accessible name: the dataset's title. */
  readonly title: string;
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
  /** A window wholly outside the chart's dates was dropped for the fitted view (useFollowUrlWindow). */
  readonly onWindowOutside?: (window: TimeWindow) => void;
  readonly onZoomToItem: (id: string) => void;
  /** The chart's frame, measured for its width. */
  readonly frameRef: RefObject<HTMLDivElement | null>;
  readonly handleRef?: Ref<TimelineChartHandle>;
  /** Ghosts of superseded reports and, with "Reported vs actual", the outcomes. */
  readonly overlay?: SceneOverlay | undefined;
  /** The as-of day (UTC ms): when it changes, the marks glide to their new places. */
  readonly day?: number;
  /**
   * Whether the items drawn are behind the URL's (a new day or filters, rendered later): their scale is not
   * the one the URL's window is of yet, so the window waits for them.
   */
  readonly behind?: boolean;
  /**
   * Whether filters, or a day before the newest report's, leave out some of the items (useFollowUrlWindow keeps
   * the URL's window then).
   */
  readonly narrowed?: boolean;
  /** What to say when there is no item to draw: why (the filters, or nothing reported yet). */
  readonly empty?: string;
}

export interface TimelineChartHandle {
  /** Scrolls and pans to an item, draws it if it is out of view, and focuses it. */
  readonly focusItem: (id: string) => void;
  /** An item's drawn element, if it is drawn. */
  readonly itemElement: (id: string) => Element | undefined;
  /**
   * What the scene as shown now is built from (the live zoom, the rows scrolled to), for export, which builds
   * it (buildScene, loaded with the export).
   */
  readonly shownScene: () => { readonly input: SceneInput; readonly top: number; readonly height: number };
}

/** The rows' scrolling body is at most this much of the window's height, %. */
const BODY_MAX_VH = 75;

/** The rows' body at its tallest, px: the band in view is known before it is measured. */
const bodyMaxHeight = () => Math.round((window.innerHeight * BODY_MAX_VH) / 100);

// The tooltip (and floating-ui) loads on the first hover or focus, not with the page.
const Tooltip = lazyView(() => import("./Tooltip.tsx").then((m) => m.Tooltip));

type ChartKeyHandler = (event: KeyboardEvent<HTMLDivElement>) => void;

/**
 * The Gantt: one row per show, time across, fuzzy dates drawn as what they are, each item labelled. The
 * frame is drawn first, empty, and measured; the chart itself (ChartBody) mounts once its width is known,
 * so that its first render already lays out, and commits, the items in view.
 */
function TimelineChartFrame(props: TimelineChartProps) {
  const { title, frameRef } = props;
  const prefix = useId().replace(/[^a-zA-Z0-9-]/g, "");
  const measured = useElementWidth(frameRef, 960);
  // The keys the chart answers (zoom, pan) are the body's: it has the zoom.
  const keyRef = useRef<ChartKeyHandler | null>(null);
  return (
    <div
      className="chart"
      ref={frameRef}
      role="group"
      // The skip link's target: it takes focus from there, and is no Tab stop.
      tabIndex={-1}
      aria-labelledby={`${prefix}-title`}
      aria-describedby={`${prefix}-desc`}
      onKeyDown={(event) => keyRef.current?.(event)}
    >
      <p id={`${prefix}-title`} className="visually-hidden">
        {`Timeline: ${title}`}
      </p>
      {measured !== null && <ChartBody {...props} width={measured} prefix={prefix} keyRef={keyRef} />}
    </div>
  );
}

interface ChartBodyProps extends TimelineChartProps {
  /** The frame's width, measured. */
  readonly width: number;
  /** The frame's id prefix: its title and description, the patterns, the tooltip. */
  readonly prefix: string;
  /** Where the frame finds the chart's key handler. */
  readonly keyRef: RefObject<ChartKeyHandler | null>;
}

/**
 * The chart in its frame. The pipeline (src/scene) makes the scene; this assembles the layers that draw it
 * and the hooks that tie it to zoom, scrolling, focus and the tooltip. Only what is in view is drawn.
 */
function ChartBody(props: ChartBodyProps) {
  const { items, shows, latestReport, selectedId, overlay, prefix } = props;
  // A dataset's own colour may be too pale for a light page, or too dark for a dark one; a reader may ask
  // for more contrast.
  const [colors, palette] = useReadableStyle(props.colors, props.palette);
  const zoomRef = useRef<HTMLDivElement>(null);
  const [store] = useState(createTransformStore);

  // The pipeline: width → frame → layout → the items in view → marks.
  const frame = useMemo(() => chartFrame(props.width), [props.width]);
  const { width, narrow, labelWidth, plotWidth, shelfWidth } = frame;
  const overlayAt = useMemo(() => overlayInstants(items, overlay), [items, overlay]);
  // The first render lays out only the rows it draws: those in view and a view below (rowsInBand, below);
  // the rest follow after its frame (useRestOfRows). A linked item may be far down, and is scrolled to on
  // the first layout: then all of them at once.
  const [whole, setWhole] = useState(props.selectedId !== null);
  const until = whole ? Infinity : 2 * bodyMaxHeight();
  // The scale is the whole chart's however many rows are laid out: the first rows keep their places.
  const scale = useMemo(
    () => chartScale(items, frame, latestReport, overlayAt),
    [items, frame, latestReport, overlayAt],
  );
  const { base, maxK } = scale;
  // Kept from layout to layout, and for the next chart of the dataset (back from the table): a filter
  // change or an as-of step packs again only the shows it changed.
  const packs = datasetPacks(shows);
  const layout = useMemo(
    () => chartRows(items, shows, frame, scale, until, packs),
    [items, shows, frame, scale, until, packs],
  );
  const { tally } = layout;
  useRestOfRows(whole || layout.rows.length === tally.shows, setWhole);
  const index = useMemo(() => indexRows(layout.rowPlaced), [layout.rowPlaced]);
  // What a filter change's index needs and the first draw does not (indexRows.ts) loads after it.
  // (A failed download leaves moved rows indexed afresh.)
  useEffect(() => afterFirstDraw(() => void loadMovedIndex().catch(() => undefined)), []);
  // Nothing built per item: a large chart's first draw looks nothing up by id, and a layout of its own (the
  // citations panel narrowing the plot) finds an item through the page's items by id, which it shares.
  const placedById = useMemo(() => placedLookup(layout, itemsById(items)), [layout, items]);
  const rows = useMemo(() => sceneRows(layout, frame, colors, palette), [layout, frame, colors, palette]);
  const height = layout.height + 8;
  // The canvas renderer loads only for a chart large enough to use it; if it cannot load, SVG draws.
  const canvas = useMarksCanvas(markRenderer(items.length) === "canvas");
  const renderer = canvas.status === "unneeded" || canvas.status === "failed" ? "svg" : "canvas";

  const { drawn: drawnT, labels: labelsLayer, moved } = useDrawnLayer(store, plotWidth);
  const layer = useRef<SVGSVGElement>(null);
  useStepTransition(layer, props.day);
  useStepTransition(labelsLayer, props.day);
  const { onWindowChange } = props;
  // A settled gesture redraws the items (in the background), then writes the URL in a task of its own,
  // waiting outside React state: waiting renders nothing.
  const urlWrite = useRef<number>(undefined);
  useEffect(() => () => window.clearTimeout(urlWrite.current), []);
  const zoom = useZoom(zoomRef, store, plotWidth, height, maxK, (t) => {
    // What the chart shows now: the drawn zoom, if `t` differs from it only by rounding.
    const shown = store.getState().settle(t);
    window.clearTimeout(urlWrite.current);
    urlWrite.current = window.setTimeout(() => {
      urlWrite.current = undefined;
      const { live } = store.getState();
      // A new gesture began meanwhile: its own end writes the URL, and this one would pull the view back.
      if (live.k === shown.k && live.x === shown.x) onWindowChange(shownWindow(base, shown));
    }, 0);
  });
  const { setTransform } = zoom;
  // Fit everything, and forget the URL's window: one kept through a search that shows all it leaves is
  // no zoom to undo, but would come back when the search is cleared.
  const fit = () => {
    setTransform(IDENTITY);
    if (props.window) onWindowChange(null);
  };
  // Moving to the URL's window is quiet: the URL says it already (or is rewritten at once), so no write is
  // planned, which back or forward could overtake and then write onto another URL.
  const followTransform = useCallback((t: XTransform) => setTransform(t, true), [setTransform]);
  useFollowUrlWindow({
    urlWindow: props.window,
    behind: props.behind ?? false,
    narrowed: props.narrowed,
    // A window waiting to be written is the URL's already: the view must not be pulled back to the old one.
    writing: urlWrite,
    base,
    maxK,
    store,
    setTransform: followTransform,
    onWindowChange,
    onWindowOutside: props.onWindowOutside,
  });

  // The rows scroll in a body at most BODY_MAX_VH of the window tall: the band in view is known before it
  // is measured.
  const {
    ref: rowsRef,
    viewport,
    reveal: revealRow,
    current: rowsInView,
  } = useRowsViewport(Math.min(height, bodyMaxHeight()));
  const tooltip = useTooltipTarget();
  const focusState = useFocusState();
  useRowsAnchor({ rowsRef, placedById, anchorId: selectedId ?? focusState.activeId, revealRow });
  const drawn = useDrawnItems({
    index,
    placed: layout.placed,
    placedById,
    transform: drawnT,
    plotWidth,
    viewport,
    activeId: focusState.activeId,
    selectedId,
    shownId: tooltip.shownId,
    pendingFocus: focusState.pendingFocus,
  });
  const { byRow, marks, connectors, shift } = useSceneMarks({
    items: drawn,
    base,
    transform: drawnT,
    frame,
    colors,
    palette,
    overlay,
  });
  // The marks are placed for the drawn zoom with its pan rounded: their layers are moved back by `shift`.
  const toScreen = shift ? `translate(${-shift},0)` : undefined;
  // Only the rows near the view are drawn (a view above and below it): each is elements, and a chart of
  // many rows would otherwise commit them all before its first paint. One range while it is the same, so
  // that a scroll within it leaves the layers alone.
  const [rowsFrom, rowsTo] = rowsInBand(
    layout.rows,
    viewport.top - viewport.height,
    viewport.top + 2 * viewport.height,
  );
  const shownRows = useMemo<readonly [number, number]>(() => [rowsFrom, rowsTo], [rowsFrom, rowsTo]);
  const shownSceneRows = useMemo(() => rows.slice(...shownRows), [rows, shownRows]);
  const registry = useItemRegistry();
  const focus = useItemFocus({
    state: focusState,
    registry,
    drawnVersion: marks,
    placed: layout.placed,
    placedById,
    store,
    setTransform: zoom.setTransform,
    revealRow,
    plotWidth,
    base,
    onSelect: props.onSelect,
    onFocused: tooltip.onFocus,
    root: props.frameRef,
  });

  const shownPlaced = tooltip.shownId === null ? undefined : placedById.get(tooltip.shownId);
  const shownItem = shownPlaced?.item;
  const shownAt = shownPlaced?.placement.at;
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  useLayoutEffect(() => {
    // The anchor is the item's element, which exists only once React has committed it.
    const element = tooltip.shownId === null ? undefined : registry.get(tooltip.shownId);
    // Not set again unchanged: React cannot drop a state set in a commit's layout effect before rendering,
    // so after every layout the chart's body rendered once more, for nothing (about 9 ms at 100k events,
    // in the first draw's task).
    if (anchor?.element === element) return;
    const plot = zoomRef.current;
    const body = rowsRef.current;
    // A plotted item is clipped by the plot (panned past its edges) and the rows' body; one on the shelf, by
    // the body.
    const clip = plot && body ? (shownAt === "plot" ? [plot, body] : [body]) : [];
    setAnchor(element ? { element, clip } : null);
  }, [tooltip.shownId, shownAt, marks, registry, rowsRef, anchor]);

  useImperativeHandle(props.handleRef, () => ({
    focusItem: focus.focusItem,
    itemElement: registry.get,
    shownScene: () => {
      // The live zoom (a gesture may be under way), the rows scrolled to: what the reader sees.
      const live = store.getState().live;
      const [x0, x1] = drawnRange(live, plotWidth);
      const now = rowsInView();
      const top = now?.top ?? 0;
      const band = now?.height || height;
      // The screen's margin (useDrawnItems): a lane centred just past an edge shows part of its mark, and an
      // arrow to an item scrolled a little away shows its end. The picture is clipped to the band.
      const margin = band / 2;
      const inView = visibleItems(index, top - margin, top + band + margin, x0, x1);
      const input: SceneInput = {
        layout,
        drawn: inView,
        base,
        transform: live,
        frame,
        colors,
        palette,
        latestReport,
        ...(overlay ? { overlay } : {}),
      };
      return { input, top, height: band };
    },
  }));

  /** With an item focused, + and − zoom about it (its day stays where it is): the focus stays in view. */
  const focusedX = (target: EventTarget): number | undefined => {
    const id = focusState.activeId;
    const p = id === null ? undefined : placedById.get(id);
    if (
      !p ||
      p.placement.at !== "plot" ||
      !(target instanceof Node) ||
      !registry.get(p.item.id)?.contains(target)
    )
      return undefined;
    // Its start, from its dates (its one known day, for one known only "by 12 May 2016"): the middle of its
    // drawn extent, whose open side fades as wide at every zoom, was another time at each, and every press
    // moved such an item, off the plot in eight. A milestone of known bounds stands at their middle (a day's
    // noon, itemGeometry's markerX): about its start, it drifted half a day further at each press.
    const { start, isWindow } = p.item;
    const known = !isWindow && start && Number.isFinite(start.earliest + start.latest);
    return applyX(
      store.getState().live,
      base(known ? (start.earliest + start.latest) / 2 : startKey(p.item)),
    );
  };
  const onChartKey = (event: KeyboardEvent<HTMLDivElement>) => {
    // Ctrl+= and Ctrl+0 zoom the page, Alt+← goes Back: the browser's, never the chart's.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "+" || event.key === "=") zoom.zoomBy(1.5, focusedX(event.target));
    else if (event.key === "-" || event.key === "_") zoom.zoomBy(1 / 1.5, focusedX(event.target));
    else if (event.key === "0") fit();
    else if (event.shiftKey && event.key === "ArrowLeft") zoom.panBy(plotWidth / 4);
    else if (event.shiftKey && event.key === "ArrowRight") zoom.panBy(-plotWidth / 4);
    // On the chart itself (the skip link's target), the arrows its description names reach an item: the
    // one a Tab would.
    else if (event.target === event.currentTarget && event.key.startsWith("Arrow") && drawn.tabStop !== null)
      focus.focusItem(drawn.tabStop);
    else return;
    event.preventDefault();
  };

  const { onBlurItem: blurFocus } = focus;
  const { onBlur: blurTooltip } = tooltip;
  const onBlurItem = useCallback(
    (event: FocusEvent<SVGGElement>) => {
      blurFocus(event);
      blurTooltip();
    },
    [blurFocus, blurTooltip],
  );
  const tooltipId = `${prefix}-tooltip`;
  // One object while nothing in it changes: the layers are memoized, so a render for something else (the
  // URL's window, a hover's tooltip load) leaves every row and item alone.
  const handlers: MarkHandlers = useMemo(
    () => ({
      prefix,
      focusColor: palette.focus,
      selectedId,
      tabStop: drawn.tabStop,
      shownId: tooltip.shownId,
      painted: renderer === "svg",
      tooltipId,
      register: registry.register,
      onActivate: props.onSelect,
      onZoomTo: props.onZoomToItem,
      onHover: tooltip.onHover,
      onFocusItem: focus.onFocusItem,
      onBlurItem,
      onKey: focus.onItemKey,
    }),
    [
      prefix,
      palette.focus,
      selectedId,
      drawn.tabStop,
      tooltip.shownId,
      renderer,
      tooltipId,
      registry.register,
      props.onSelect,
      props.onZoomToItem,
      tooltip.onHover,
      focus.onFocusItem,
      onBlurItem,
      focus.onItemKey,
    ],
  );

  const { keyRef } = props;
  useLayoutEffect(() => {
    keyRef.current = onChartKey;
  });
  useLayoutEffect(() => () => void (keyRef.current = null), [keyRef]);

  return (
    <>
      <p id={`${prefix}-desc`} className="visually-hidden">
        {chartSummary(items.length, tally.shows, tally.undated, latestReport)}
        <ZoomedTo store={store} base={base} />
      </p>
      <ZoomTools
        zoom={zoom}
        store={store}
        plotWidth={plotWidth}
        maxK={maxK}
        kept={!!props.window}
        fit={fit}
      />
      <TimeAxis
        store={store}
        base={base}
        width={width}
        height={AXIS_HEIGHT}
        labelWidth={labelWidth}
        plotWidth={plotWidth}
        narrow={narrow}
        palette={palette}
        latestReport={latestReport}
      />
      <div className="chart-body" ref={rowsRef} style={{ maxHeight: `${BODY_MAX_VH}vh` }}>
        <div className="chart-sheet" style={{ width, height }}>
          <RowsLayer
            rows={shownSceneRows}
            width={width}
            height={height}
            background={palette.background}
            shelfX={labelWidth + plotWidth}
            edge={palette.gridMajor}
          />
          {/* d3-zoom listens on the plot: wheel, drag and pinch anywhere over it or its items. */}
          <div
            ref={zoomRef}
            className="plot zoom-surface"
            style={{ left: labelWidth, width: plotWidth, height }}
          >
            {/* The items and their labels: one compositing layer, which a zoom frame moves with one CSS
                transform, without repainting. */}
            <div ref={moved} className="drawn-layers">
              <svg
                ref={layer}
                className="timeline-svg"
                // Drawn for the measured width (the body mounts only then): tests wait for it.
                data-ready="true"
                width={plotWidth}
                height={height}
              >
                <ChartDefs palette={palette} prefix={prefix} />
                <GridLines
                  transform={drawnT}
                  base={base}
                  height={height}
                  narrow={narrow}
                  palette={palette}
                  latestReport={latestReport}
                />
                <g transform={toScreen}>
                  <ConnectorsLayer connectors={connectors} prefix={prefix} />
                  <MarksLayer
                    at="plot"
                    rows={layout.rows}
                    shown={shownRows}
                    byRow={byRow}
                    handlers={handlers}
                  />
                </g>
              </svg>
              {/* The labels over the items, a compositing layer of their own: hiding them for a gesture and
                showing them after it repaints only them. Where a canvas paints the marks, it paints these too. */}
              {renderer === "svg" && (
                <svg
                  ref={labelsLayer}
                  className="timeline-labels"
                  aria-hidden="true"
                  width={plotWidth}
                  height={height}
                >
                  <g transform={toScreen}>
                    <MarkLabels at="plot" byRow={byRow} />
                  </g>
                </svg>
              )}
            </div>
            {canvas.status === "ready" && (
              <canvas.MarksCanvas
                store={store}
                index={index}
                base={base}
                frame={frame}
                colors={colors}
                palette={palette}
                overlay={overlay}
                scroller={rowsRef}
                height={height}
              />
            )}
          </div>
          {/* Its items are their rows' (aria-owns): left behind, it was an empty, unnamed image. */}
          <svg
            className="timeline-shelf"
            role="none"
            width={shelfWidth}
            height={height}
            style={{ left: labelWidth + plotWidth }}
          >
            <ChartDefs palette={palette} prefix={`${prefix}-shelf`} />
            <MarksLayer at="shelf" rows={layout.rows} shown={shownRows} byRow={byRow} handlers={handlers} />
            <MarkLabels at="shelf" byRow={byRow} />
          </svg>
        </div>
      </div>
      {shownItem && anchor && (
        <Suspense fallback={null}>
          <WhenStill store={store} resume={tooltip.shownBy === "focus" ? "settled" : "pointer"}>
            <Tooltip
              id={tooltipId}
              item={shownItem}
              actual={overlay?.byId.get(shownItem.id)?.actual}
              anchor={anchor}
              onPointerEnter={() => tooltip.onHover(shownItem.id)}
              onPointerLeave={() => tooltip.onHover(null)}
            />
          </WhenStill>
        </Suspense>
      )}
      {layout.placed.length === 0 && (
        <p className="chart-empty">{props.empty ?? "No events match the filters."}</p>
      )}
    </>
  );
}

/** Memoized: a render of the page that changes none of its props (an as-of step's first answer) passes it by. */
export const TimelineChart = memo(TimelineChartFrame);
