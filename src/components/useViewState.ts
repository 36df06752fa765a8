import { useCallback, useEffect, useMemo } from "react";
import { useSearchParams } from "wouter";
import { readViewState, writeViewState, type ViewState } from "../model/viewState.ts";

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
  // A zoom rewrites the URL; the filters must not look new for it, or the layout would be redone.
  const filters = useStableValue(read.filters);
  const window = useStableValue(read.window);
  const { selected, view, asOf, actual } = read;
  const state = useMemo(
    () => ({ filters, window, selected, view, asOf, actual }),
    [filters, window, selected, view, asOf, actual],
  );
  // A link with values this version cannot read (a malformed day, an unknown kind) shows the default for
  // them: the URL is rewritten to say so, so that a copied link says what is shown.
  useEffect(() => {
    const canonical = writeViewState(read, params);
    if (entries(canonical) !== entries(params)) setParams(canonical, { replace: true });
  }, [read, params, setParams]);
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
