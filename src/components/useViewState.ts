import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocation } from "wouter";
import { checkLink, type DroppedValue, type LinkContext } from "../model/linkCheck.ts";
import { readViewState, searchWithoutWindow, writeViewState, type ViewState } from "../model/viewState.ts";
import { useSearchPart } from "./useSearchPart.ts";

/** The view state a page renders from: all of it but the zoom window, which the chart reads (useUrlWindow). */
export type PageViewState = Omit<ViewState, "window">;

/**
 * The view (filters, zoom window, selection, chart or table) lives in the URL: a copied link reopens it,
 * reload keeps it, back and forward step through it.
 *
 * The page re-renders when the view changes, but not when only the window does: a zoom writes it at the
 * end of every gesture, and the chart, which wrote it, already shows it. Every change is written onto the
 * URL as it is now, window included.
 *
 * A link's values the page cannot show are left out of the URL and returned as `dropped` (checkLink), to
 * be said once: the readable ones at once, the ones the dataset lacks once `context` (the dataset) is known.
 */
export function useViewState(context: LinkContext | null = null): {
  readonly state: PageViewState;
  readonly update: (change: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** What the links so far named that the page cannot show, until dismissed. */
  readonly dropped: readonly DroppedValue[];
  readonly dismiss: () => void;
  /** Adds what another part of the page left out of the URL (the chart, a window outside its dates). */
  readonly report: (dropped: readonly DroppedValue[]) => void;
} {
  const search = useSearchPart(searchWithoutWindow);
  const [path, navigate] = useLocation();
  const read = useMemo(() => readViewState(new URLSearchParams(search)), [search]);
  // The filters must not look new for an unrelated change, or the layout would be redone.
  const filters = useStableValue(read.filters);
  const { selected, view, asOf, actual } = read;
  const state = useMemo(
    () => ({ filters, selected, view, asOf, actual }),
    [filters, selected, view, asOf, actual],
  );
  const write = useCallback(
    (params: URLSearchParams, replace: boolean) => {
      const query = params.toString();
      // A write that says what the URL says already (a gesture that ends where it began) is not made: it
      // would add a history entry, or cost a navigation at every settle, for nothing.
      if (query === currentParams().toString()) return;
      navigate(query ? `${path}?${query}` : path, { replace });
    },
    [path, navigate],
  );
  // A link with values this page cannot show (a malformed day, an unknown kind or show, a window that ends
  // before it starts, an item the dataset lacks) shows the default for them: the URL is rewritten in place
  // to say so, so that a copied link says what is shown, and what was left out is told.
  const [dropped, setDropped] = useState<readonly DroppedValue[]>([]);
  useEffect(() => {
    const current = currentParams();
    const check = checkLink(current, context);
    if (entries(check.params) !== entries(current)) write(check.params, true);
    // What the URL said is gone once rewritten: it is kept here, to be told.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (check.dropped.length > 0) setDropped((before) => [...before, ...check.dropped]);
  }, [search, write, context]);
  const dismiss = useCallback(() => setDropped([]), []);
  const report = useCallback(
    (more: readonly DroppedValue[]) => setDropped((before) => [...before, ...more]),
    [],
  );
  const update = useCallback(
    (change: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      const current = currentParams();
      write(writeViewState({ ...readViewState(current), ...change }, current), options.replace ?? false);
    },
    [write],
  );
  return { state, update, dropped, dismiss, report };
}

/** The URL's parameters as they are now (this page's render may be older than the last window write). */
const currentParams = () => new URLSearchParams(window.location.search);

/** The same object for as long as its value (as JSON) stays the same. */
function useStableValue<T>(value: T): T {
  const key = JSON.stringify(value);
  // The value is keyed by its JSON: a new object with the same content keeps the first one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}

/** The parameters in any order: a link that only orders them otherwise is left as it is. */
const entries = (params: URLSearchParams) =>
  JSON.stringify([...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
