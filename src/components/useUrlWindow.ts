import { useMemo } from "react";
import type { TimeWindow } from "../dates/zoomWindow.ts";
import { readWindow, windowSearch } from "../model/viewState.ts";
import { useSearchPart } from "./useSearchPart.ts";

/** The zoom window the URL names, if a readable one; its reader re-renders only when the window changes. */
export function useUrlWindow(): TimeWindow | null {
  const search = useSearchPart(windowSearch);
  return useMemo(() => readWindow(new URLSearchParams(search)), [search]);
}
