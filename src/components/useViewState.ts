import { useCallback, useMemo } from "react";
import { useLocation } from "wouter";
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
 */
export function useViewState(): {
  readonly state: PageViewState;
  /** The URL's search, all but the window, that `state` is read from. */
  readonly search: string;
  readonly update: (change: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** Writes these parameters as the URL, in place (no history entry): what the link check leaves of a link. */
  readonly replace: (params: URLSearchParams) => void;
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
      const query = readableQuery(params);
      // A write that says what the URL says already (a gesture that ends where it began) is not made: it
      // would add a history entry, or cost a navigation at every settle, for nothing.
      if (query === readableQuery(currentParams())) return;
      navigate(query ? `${path}?${query}` : path, { replace });
    },
    [path, navigate],
  );
  const replace = useCallback((params: URLSearchParams) => write(params, true), [write]);
  const update = useCallback(
    (change: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      const current = currentParams();
      write(writeViewState({ ...readViewState(current), ...change }, current), options.replace ?? false);
    },
    [write],
  );
  return { state, search, update, replace };
}

/** A search as the address bar shows it: a list's commas as commas ("show=a,b"), not "%2C". */
const readableQuery = (params: URLSearchParams) => params.toString().replace(/%2C/gi, ",");

/** The URL's parameters as they are now (this page's render may be older than the last window write). */
export const currentParams = () => new URLSearchParams(window.location.search);

/** The same object for as long as its value (as JSON) stays the same. */
function useStableValue<T>(value: T): T {
  const key = JSON.stringify(value);
  // The value is keyed by its JSON: a new object with the same content keeps the first one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}
