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
  const state = useMemo(() => readViewState(params), [params]);
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
