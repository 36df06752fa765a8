import { useCallback, useMemo } from "react";
import { useSearchParams } from "wouter";
import { readViewState, writeViewState, type ViewState } from "../timeline/viewState.ts";

/**
 * The view (filters, zoom window, selection, chart or table) lives in the URL: a copied link reopens it,
 * reload keeps it, back and forward step through it.
 */
export function useViewState(): [
  ViewState,
  (change: Partial<ViewState>, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const read = useMemo(() => readViewState(params), [params]);
  // Keep each part's identity while its value stands, so that a zoom (which rewrites the URL) does not
  // make the filtered items, and with them the whole layout, look new.
  const filtersKey = JSON.stringify(read.filters);
  const windowKey = JSON.stringify(read.window);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => read.filters, [filtersKey]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const window = useMemo(() => read.window, [windowKey]);
  const state = useMemo(
    () => ({ ...read, filters, window }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, window, read.selected, read.view],
  );
  const update = useCallback(
    (change: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      setParams((current) => writeViewState({ ...readViewState(current), ...change }, current), {
        replace: options.replace ?? false,
      });
    },
    [setParams],
  );
  return [state, update];
}
