import { lazyView } from "../lazyView.ts";
import {
  Suspense,
  useCallback,
  use,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { RefObject } from "react";
import { useDataset } from "../model/useDataset.ts";
import { DARK, LIGHT } from "../model/chartPalette.ts";
import { filterItems, isFiltering, knownFilters, NO_FILTERS, type Filters } from "../model/filterItems.ts";
import { linkFilters } from "../model/linkFilters.ts";
import type { FilterContext } from "../model/filterDescriptors.ts";
import type { Dataset } from "../data/schema.ts";
import { datasetOverview } from "../model/datasetOverview.ts";
import { relationContradictions } from "../model/relationContradictions.ts";
import { asOfDay, asOfParam } from "../model/asOfParam.ts";
import { itemsById } from "../model/itemsById.ts";
import { itemWindow } from "../dates/zoomWindow.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { DatasetErrorScreen } from "./DatasetErrorScreen.tsx";
import { AsOfControl } from "./AsOfControl.tsx";
import { undatedOnly } from "../model/undatedOnly.ts";
import { ExportMenuPlaceholder } from "./ExportMenuPlaceholder.tsx";
import { FilterPanelPlaceholder } from "./FilterPanelPlaceholder.tsx";
import { Legend } from "./Legend.tsx";
import type { TimeWindow } from "../dates/zoomWindow.ts";
import type { TimelineChartHandle } from "../chart/TimelineChart.tsx";
import { ChartAtUrlWindow } from "./ChartAtUrlWindow.tsx";
import { useViewState } from "./useViewState.ts";
import { useLinkCheck } from "./useLinkCheck.ts";
import { LoadingStatus } from "./LoadingStatus.tsx";
import { ViewLink } from "./ViewLink.tsx";
import type { HiddenItemNote } from "./HiddenItemNotice.tsx";
import type { Related } from "./CitationsPanel.tsx";
import { revealItem } from "../model/revealItem.ts";
import type { LinkContext } from "../model/linkCheck.ts";
import { useAfterFirstDraw } from "../chart/firstDraw.ts";

// Opened on demand: the citations panel and the table load when first shown.
const CitationsPanel = lazyView(() => import("./CitationsPanel.tsx").then((m) => m.CitationsPanel));
// Loaded with the date words it needs, after the chart.
// Only a link the page could not follow whole has notices.
const LinkNotices = lazyView(() => import("./LinkNotices.tsx").then((m) => m.LinkNotices));
const WhatChanged = lazyView(() => import("./WhatChanged.tsx").then((m) => m.WhatChanged));
// The filter panel (at 100k events it lists 2,000 shows) comes after the chart's first draw.
const FilterPanel = lazyView(() => import("./CountedFilterPanel.tsx").then((m) => m.CountedFilterPanel));
// The Save buttons too (their stand-in keeps their room): nothing is saved before the chart is drawn.
const ExportMenu = lazyView(() => import("./ExportMenu.tsx").then((m) => m.ExportMenu));
// Only a dataset with problems needs these, and then before the chart: above it, they must not push it.
const ProblemList = lazyView(() => import("./ProblemList.tsx").then((m) => m.ProblemList));
const ContradictionList = lazyView(() => import("./ContradictionList.tsx").then((m) => m.ContradictionList));
const DatasetTable = lazyView(() => import("./DatasetTable.tsx").then((m) => m.DatasetTable));
const ActualNote = lazyView(() => import("./ActualNote.tsx").then((m) => m.ActualNote));

/** What the filters are read against: the dataset's shows and its sources' publishers. */
const filterContext = ({ shows, sources }: Dataset): FilterContext => ({
  shows,
  publishers: sources.map((source) => source.publisher),
});

/** Room between an item and the sheet above it, px. */
const SHEET_GAP = 8;

interface TimelinePageProps {
  readonly url: string;
  readonly dark: boolean;
  /** A source page's path (its link keeps this view, for the way back). */
  readonly sourcePath: (sourceId: string) => string;
  /** The scorecard's path (its link keeps this view, for the way back); none in tests of the page alone. */
  readonly scorecardPath?: string;
  /** The chart's frame or the table, whichever is shown: the skip link focuses it. */
  readonly viewRef?: RefObject<HTMLDivElement | null>;
}

export function TimelinePage({ url, dark, sourcePath, scorecardPath, viewRef }: TimelinePageProps) {
  const query = useDataset(url);
  const base = query.data;
  // A link is checked against the whole dataset (every day's shows, publishers and items).
  const context = useMemo((): LinkContext | null => {
    if (!base) return null;
    const { events } = base.dataset;
    // Only a link naming an item needs the ids.
    let ids: ReadonlySet<string> | undefined;
    return {
      ...filterContext(base.dataset),
      hasEvent: (id) => (ids ??= new Set(events.map((e) => e.id))).has(id),
    };
  }, [base]);
  const { state, search, update, replace } = useViewState();
  const ownFrame = useRef<HTMLDivElement>(null);
  const frameRef = viewRef ?? ownFrame;
  const palette = dark ? DARK : LIGHT;

  // As of a day: everything below (chart, table, filters, search, panel) sees the timeline of that day.
  const days = base?.days ?? null;
  const day = days ? asOfDay(state.asOf, days) : Infinity;
  // A step of the as-of control answers at once (the slider, the buttons); the timeline of the new day
  // follows in a render React can interrupt, so that no step blocks the page for long.
  // A new dataset is drawn as of its day at once.
  const deferred = useDeferredValue(useMemo(() => ({ base, day }), [base, day]));
  const shownDay = deferred.base === base ? deferred.day : day;
  // The same view for every day between two reports (asOf keeps them): a slider step that changes
  // nothing redoes nothing below. A day that needs the reader of claims before it has loaded waits for it
  // (React's use): a step keeps the day before on screen meanwhile, since that render is deferred.
  const known = useMemo(() => base?.asOf.view(shownDay), [base, shownDay]);
  const view = known !== null ? known : base && use(base.asOf.load())(shownDay);
  const prepared = useMemo(() => {
    if (!base || !view) return null;
    const { dataset, items, overlays } = view;
    return { ...base, dataset, items, overlays, ...datasetOverview(dataset, items) };
  }, [base, view]);
  // Ghosts always; the outcomes with the "Reported vs actual" toggle.
  const overlay = useMemo(
    () => (prepared ? { byId: prepared.overlays, actual: state.actual } : undefined),
    [prepared, state.actual],
  );
  // The events the day leaves off the timeline: those no day shows are counted only when some are left off.
  const unshownCount = base && view ? base.dataset.events.length - view.dataset.events.length : 0;
  const someUnshown = unshownCount > 0;
  const undated = useMemo(() => (base && someUnshown ? undatedOnly(base.dataset) : 0), [base, someUnshown]);
  const unshown = { later: unshownCount - undated, undated };
  const outcomesKnown = useMemo(
    () => (prepared ? [...prepared.overlays.values()].some((o) => o.actual !== null) : false),
    [prepared],
  );
  const onAsOf = useCallback(
    (next: number, options?: { replace?: boolean }) => {
      if (days) update({ asOf: asOfParam(next, days) }, options);
    },
    [days, update],
  );

  // The shows and sources of every as-of day are the dataset's own lists: a step keeps these filters.
  const shows = prepared?.dataset.shows;
  const sources = prepared?.dataset.sources;
  const filters = useMemo(
    () =>
      shows && sources
        ? knownFilters(
            state.filters,
            shows.map((show) => show.id),
            // Any order will do here: sorting them waits for the filter panel.
            sources.map((source) => source.publisher),
          )
        : NO_FILTERS,
    [shows, sources, state.filters],
  );
  // The panel answers a key or a click at once; the items follow in a render React can interrupt, so that
  // typing a search over 100,000 items does not wait for each letter's layout.
  const shownFilters = useDeferredValue(filters);
  const filtered = useMemo(
    () => (prepared ? filterItems(prepared.items, shownFilters) : []),
    [prepared, shownFilters],
  );
  // The chart looks its items up through the same map.
  const filteredById = itemsById(filtered);
  // What changed loads once the chart has drawn (it is below the chart, and the chart comes first).
  const afterDraw = useAfterFirstDraw(state.view === "chart" && filtered.length > 0);
  // Once the panel is there (with the data), it stays: a chart that has items again (a search typed back to
  // a view opened empty) would wait for its first draw, and the placeholder took the search's focus away.
  const [wasDrawn, setWasDrawn] = useState(false);
  if (afterDraw && prepared && !wasDrawn) setWasDrawn(true);
  const drawn = afterDraw || wasDrawn;
  // The reader of claims, for the first step back in time of a dataset drawn without it: fetched once the
  // chart is drawn (a failed fetch is tried again when a day needs it).
  useEffect(() => {
    if (drawn) base?.asOf.load().catch(() => undefined);
  }, [drawn, base]);
  // The link is checked once the dataset is known and drawn: the check and its words are not the first draw's.
  const { dropped, dismiss, report } = useLinkCheck(context, context !== null && drawn, replace);

  // Opening an item (a click, a key, a line of What changed, a link) puts the focus in its panel, as does a
  // panel opening when the focus is nowhere (a notice's Show, gone as it shows the item). The panel given
  // back by a day or a filter that had hidden its item leaves the focus where the reader is: stepping
  // through the days, ticking a show.
  const panelFocus = useRef(state.selected);
  const selectedShown = state.selected !== null && filteredById.has(state.selected);
  useLayoutEffect(() => {
    if (!selectedShown) panelFocus.current = null;
  }, [selectedShown]);
  const takesFocus = useCallback((id: string) => {
    const opened = panelFocus.current === id;
    panelFocus.current = null;
    return opened || document.activeElement === document.body;
  }, []);
  const onSelect = useCallback(
    (id: string) => {
      panelFocus.current = id;
      update({ selected: id });
    },
    [update],
  );
  const onWindowChange = useCallback(
    (window: TimeWindow | null) => update({ window }, { replace: true }),
    [update],
  );
  const onWindowOutside = useCallback(
    ({ from, to }: TimeWindow) =>
      report([{ what: `the window “${from}” to “${to}”`, why: "outside the dates of this timeline" }]),
    [report],
  );
  const onZoomToItem = useCallback(
    (id: string) => {
      const item = prepared?.byId.get(id);
      if (item) update({ window: itemWindow(item), view: "chart" });
    },
    [prepared, update],
  );
  const onClose = useCallback(() => update({ selected: null }), [update]);
  const onFiltersChange = useCallback(
    (filters: Filters, options?: { replace?: boolean }) => {
      if (prepared) update({ filters: linkFilters(filters, filterContext(prepared.dataset)) }, options);
    },
    [prepared, update],
  );
  // An item the URL opens that the day or the filters hide: the reader is told why, and offered the one
  // change that shows it (then it opens). An item the dataset lacks is left out of the URL (checkLink).
  const hiddenItemNote = (id: string | null, shown: boolean): HiddenItemNote | null => {
    if (id === null || shown || !base || !prepared) return null;
    const event = base.dataset.events.find((e) => e.id === id);
    if (!event) return null;
    const label = `“${event.label}”`;
    const onDismiss = () => update({ selected: null }, { replace: true });
    // Its words need the day it was first reported, which the notice's own chunk works out.
    if (!prepared.byId.has(id))
      return { type: "later", id, label, event, dataset: base.dataset, onShowAsOf: onAsOf, onDismiss };
    const item = prepared.byId.get(id);
    const reveal = item ? revealItem(item, filters, filterContext(prepared.dataset)) : null;
    return reveal
      ? {
          type: "filters",
          id,
          text: `${label} is hidden by ${reveal.hiddenBy}.`,
          action: reveal.action,
          onShow: () => onFiltersChange(reveal.filters),
          onDismiss,
        }
      : null;
  };
  // An event the open item is ordered against: the filters may hide it (then its name, why, and the change
  // that shows and opens it).
  const related = (id: string): Related => {
    const shown = filteredById.get(id);
    if (shown) return { type: "shown", item: shown };
    const item = prepared?.byId.get(id);
    // The day's timeline keeps no relation to an event it lacks (asOfView, parseDataset leave it out).
    if (!item || !prepared) return { type: "absent" };
    const context = filterContext(prepared.dataset);
    const reveal = revealItem(item, filters, context);
    // None: the filters just let it through, and the items shown follow in a moment.
    if (!reveal) return { type: "shown", item };
    const { hiddenBy, action } = reveal;
    const onShow = () => update({ filters: linkFilters(reveal.filters, context), selected: id });
    return { type: "hidden", item, hiddenBy, action, onShow };
  };
  // When the panel closes (its button, Escape, or Back) focus would fall to the page, since the panel held
  // it: it goes back to the item the panel was about, drawn and scrolled into view if need be.
  const chartHandle = useRef<TimelineChartHandle>(null);
  // The table's row buttons by id, kept by the rows as they mount.
  const tableRows = useRef(new Map<string, HTMLButtonElement>());
  const registerRow = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (element) tableRows.current.set(id, element);
    else tableRows.current.delete(id);
  }, []);
  const shownScene = useCallback(() => {
    const shown = chartHandle.current?.shownScene();
    return shown ? { ...shown, palette } : null;
  }, [palette]);
  // A phone's sheet covers the lower part of the screen: the item it is about is scrolled above it.
  const selectedId = state.selected;
  const onSheet = useCallback(
    (top: number) => {
      const element =
        selectedId === null
          ? undefined
          : (chartHandle.current?.itemElement(selectedId) ?? tableRows.current.get(selectedId));
      const below = element ? element.getBoundingClientRect().bottom - (top - SHEET_GAP) : 0;
      if (below > 0) window.scrollBy(0, below);
      return element !== undefined;
    },
    [selectedId],
  );
  // A line of What changed that opened the panel takes focus back, for the item it opened.
  const opener = useRef<{ readonly id: string; readonly element: HTMLElement } | null>(null);
  // The item a line of What changed last opened: if it is hidden, the list says so, where the reader acted.
  const [listOpened, setListOpened] = useState<string | null>(null);
  // The view's own Clear filters empties the filter panel's finders too (FilterPanel's `cleared`).
  const [viewCleared, setViewCleared] = useState(0);
  // The notices' polite live region: their words are said there, their buttons are not (LinkNotices).
  const saidHere = useRef<HTMLDivElement>(null);
  const onOpenChange = useCallback(
    (id: string, element: HTMLElement) => {
      opener.current = { id, element };
      setListOpened(id);
      onSelect(id);
    },
    [onSelect],
  );
  // Back or Forward between the chart and the table takes the focused row or item away with its view: the
  // view that replaced it takes the focus, where the arrows and Tab go on, not <body> (or <main>, far above).
  const viewWas = useRef(state.view);
  useLayoutEffect(() => {
    if (viewWas.current === state.view) return;
    viewWas.current = state.view;
    if (document.activeElement === document.body) frameRef.current?.focus({ preventScroll: true });
  }, [state.view, frameRef]);
  const panelWasFor = useRef(state.selected);
  useLayoutEffect(() => {
    const id = panelWasFor.current;
    panelWasFor.current = state.selected;
    // The list's item is left (dismissed, or another opened): reached again by a link, it is the link's.
    if (id !== state.selected) setListOpened((opened) => (opened === id ? null : opened));
    if (id === null || state.selected !== null) return;
    const back = opener.current?.id === id ? opener.current.element : null;
    opener.current = null;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body) return;
    if (back?.isConnected) back.focus();
    else if (chartHandle.current) chartHandle.current.focusItem(id);
    else tableRows.current.get(id)?.focus();
    // An item the filters hide (its notice dismissed) has nothing to focus: the view takes it, not <body>.
    if (document.activeElement === document.body) frameRef.current?.focus();
  }, [state.selected, frameRef]);
  // Back, Forward or a filter can hide the open panel's item while the URL still names it (a day it was not
  // reported yet, a show unticked): the panel goes, and the focus in it would go to <body>. The view takes it.
  // Not when another item is opened (a notice's Show): its panel takes the focus as it comes.
  const panelWasShown = useRef(selectedShown ? state.selected : null);
  useLayoutEffect(() => {
    const was = panelWasShown.current;
    panelWasShown.current = selectedShown ? state.selected : null;
    if (was !== null && was === state.selected && !selectedShown && document.activeElement === document.body)
      frameRef.current?.focus({ preventScroll: true });
  }, [selectedShown, state.selected, frameRef]);

  if (query.isPending) return <p role="status">Loading the timeline…</p>;
  if (query.isError) return <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} />;
  if (!prepared) return null;
  const { dataset, items, colors, latestReport } = prepared;
  // A file saved from the timeline of a day that held later reports back says that day (its title and its
  // name): it is not the dataset as it all turned out.
  const heldBack = Number.isFinite(shownDay) && dataset !== query.data.dataset ? shownDay : null;
  const selected = state.selected === null ? undefined : filteredById.get(state.selected);
  const hidden = hiddenItemNote(state.selected, selected !== undefined);
  const hiddenInList = hidden !== null && hidden.id === listOpened;
  // Said where the reader acted: in What changed for an item it opened, else above the chart.
  const hiddenAbove = hiddenInList ? null : hidden;

  // Nothing to draw: the file has no events, or none could be read (its problems are listed above), or before the first
  // report nothing is known yet, whatever the filters.
  const emptyText =
    query.data.items.length === 0
      ? query.data.problems.some((p) => p.effect === "left out") ||
        query.data.omitted.some(({ like }) => like.effect === "left out")
        ? "Every event was left out: the problems above say why."
        : "This dataset has no events."
      : items.length === 0
        ? "Nothing had been reported by this day: step on to the first report."
        : "No events match the filters.";
  // An empty view the filters made offers the way back beside its message. The button goes as it acts:
  // focus moves to the view it refills.
  const clearFilters = filtered.length === 0 && items.length > 0 && isFiltering(filters) && (
    <p className="view-clear">
      <button
        type="button"
        onClick={() => {
          setViewCleared((n) => n + 1);
          onFiltersChange(NO_FILTERS);
          frameRef.current?.focus();
        }}
      >
        Clear filters
      </button>
    </p>
  );
  const placeholder = <FilterPanelPlaceholder shown={filtered.length} total={items.length} />;
  const { problems, omitted, contradictions } = query.data;
  // Past the cap, a kind's first problems are listed: one listed is enough to tell.
  const lostTo = problems.some((p) => p.effect === "left out") ? query.data : null;
  const exportPlaceholder = (
    <ExportMenuPlaceholder filtered={filtered.length < dataset.events.length} lostTo={lostTo} />
  );
  // As of a day, the orders its reports gave: none a later report gave, and any a later one took back.
  const shownContradictions = heldBack === null ? contradictions : relationContradictions(dataset);
  return (
    <div className={`timeline-page${selected ? " with-panel" : ""}`}>
      <ErrorBoundary name="the filters" resetKeys={[prepared]}>
        {/* The panel, its counts and its publishers come after the first draw. */}
        {drawn ? (
          <Suspense fallback={placeholder}>
            <FilterPanel
              filters={filters}
              dataset={prepared.dataset}
              items={prepared.items}
              shown={filtered.length}
              total={items.length}
              onChange={onFiltersChange}
              cleared={viewCleared}
            />
          </Suspense>
        ) : (
          placeholder
        )}
      </ErrorBoundary>
      <div className="timeline-main">
        {/* The notices' chunks failing to load fail alone: the chart and the rest stay. */}
        <ErrorBoundary name="the notices">
          <div className="link-notices">
            {/* A polite live region, there from the start so that what appears in it is announced, once. */}
            <div className="visually-hidden" role="status" ref={saidHere} />
            {(dropped.length > 0 || hiddenAbove) && (
              <Suspense fallback={null}>
                <LinkNotices
                  saidIn={saidHere}
                  dropped={dropped}
                  onDismissDropped={() => {
                    // The button goes with its notice: the focus goes to the view, not <body>.
                    dismiss();
                    frameRef.current?.focus();
                  }}
                  hidden={hiddenAbove}
                />
              </Suspense>
            )}
          </div>
          {(problems.length > 0 || omitted.length > 0) && (
            <ProblemList
              problems={problems}
              omitted={omitted}
              nothingShown={base?.dataset.events.length === 0}
            />
          )}
          {shownContradictions.length > 0 && (
            <ContradictionList
              contradictions={shownContradictions}
              dataset={dataset}
              asOf={heldBack !== null}
            />
          )}
        </ErrorBoundary>
        <div className="view-bar">
          <div role="group" aria-label="View" className="view-toggle">
            <button
              type="button"
              aria-pressed={state.view === "chart"}
              onClick={() => update({ view: "chart" })}
            >
              Chart
            </button>
            <button
              type="button"
              aria-pressed={state.view === "table"}
              onClick={() => update({ view: "table" })}
            >
              Table
            </button>
          </div>
          <button
            type="button"
            className="actual-toggle"
            aria-pressed={state.actual}
            onClick={() => update({ actual: !state.actual })}
          >
            Reported vs actual
          </button>
          {scorecardPath && (
            <ViewLink className="nav-link" path={scorecardPath}>
              Scorecard: who got the dates right
            </ViewLink>
          )}
          {drawn ? (
            <ErrorBoundary name="the Save buttons">
              <Suspense fallback={exportPlaceholder}>
                <ExportMenu
                  shownScene={shownScene}
                  dataset={dataset}
                  items={filtered}
                  chartShown={state.view === "chart"}
                  asOf={heldBack}
                  lostTo={lostTo}
                  url={url}
                />
              </Suspense>
            </ErrorBoundary>
          ) : (
            exportPlaceholder
          )}
        </div>
        {days && (
          <AsOfControl
            days={days.days}
            standard={days.standard}
            day={day}
            onChange={onAsOf}
            unshown={{ ...unshown, filtered: isFiltering(filters) }}
          />
        )}
        {/* There from the start, so that the note is announced when the toggle brings it. */}
        <p className="actual-note" role="status">
          {state.actual && !outcomesKnown && (
            <Suspense fallback={null}>
              <ActualNote dataset={query.data.dataset} />
            </Suspense>
          )}
        </p>
        <Legend palette={palette} />
        <ErrorBoundary
          name={state.view === "chart" ? "the chart" : "the table"}
          resetKeys={[query.data, state.view, filtered]}
        >
          {state.view === "chart" ? (
            <>
              <ChartAtUrlWindow
                title={dataset.title ?? "a dataset with no title"}
                items={filtered}
                shows={dataset.shows}
                colors={colors}
                palette={palette}
                latestReport={latestReport}
                selectedId={selected?.id ?? null}
                onSelect={onSelect}
                onWindowChange={onWindowChange}
                onWindowOutside={onWindowOutside}
                onZoomToItem={onZoomToItem}
                frameRef={frameRef}
                handleRef={chartHandle}
                overlay={overlay}
                day={shownDay}
                // The items are of an earlier day or filters than the URL's until their deferred render.
                behind={shownDay !== day || shownFilters !== filters}
                // A day before the newest report's leaves items out as filters do: a link's window may be of a
                // later day's. Not the newest report's own day, the default: a link's window is read against it.
                narrowed={filtered !== items || (days !== null && shownDay < days.standard)}
                search={search}
                empty={emptyText}
              />
              {clearFilters}
            </>
          ) : (
            // The table's box is there while its chunk loads: the skip link lands on it (and the loading
            // message in it) then too, not on <main>, and focus stays on it when the table comes.
            <div className="dataset-table" ref={frameRef} tabIndex={-1}>
              <Suspense fallback={<LoadingStatus text="Loading the table…" />}>
                <DatasetTable
                  shows={prepared.dataset.shows}
                  items={filtered}
                  selectedId={selected?.id ?? null}
                  onSelect={onSelect}
                  register={registerRow}
                  asOf={{
                    dataset: query.data.dataset,
                    // The day the overlays are of (the deferred one), so the receipts match them.
                    day: shownDay,
                    overlays: prepared.overlays,
                    showActual: state.actual,
                  }}
                  empty={emptyText}
                />
              </Suspense>
              {clearFilters}
            </div>
          )}
        </ErrorBoundary>
        {/* Below the chart, so that stepping through the days does not move the chart. */}
        {base && drawn && Number.isFinite(shownDay) && (
          <ErrorBoundary name="what changed">
            <Suspense fallback={null}>
              <WhatChanged
                dataset={base.dataset}
                day={shownDay}
                onOpen={onOpenChange}
                notice={hiddenInList ? hidden : null}
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      {selected && (
        <ErrorBoundary
          name="the sources"
          resetKeys={[selected.id]}
          onClose={onClose}
          // Its error takes the focus as the panel would have, and Try again hands it on to the panel.
          takesFocus={() => takesFocus(selected.id)}
          onRetry={() => onSelect(selected.id)}
        >
          <Suspense fallback={null}>
            <CitationsPanel
              key={selected.id}
              item={selected}
              related={related}
              sourcePath={sourcePath}
              actual={prepared.overlays.get(selected.id)?.actual}
              onClose={onClose}
              onSelect={onSelect}
              onZoomTo={onZoomToItem}
              asOf={heldBack}
              onSheet={onSheet}
              takesFocus={takesFocus}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
