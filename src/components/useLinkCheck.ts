import { useCallback, useEffect, useState } from "react";
import type { checkLink, DroppedValue, LinkContext } from "../model/linkCheck.ts";
import { searchWithoutWindow } from "../model/viewState.ts";
import { useSearchPart } from "./useSearchPart.ts";
import { currentParams } from "./useViewState.ts";

/**
 * A link's values the page cannot show (a malformed day, an unknown kind or show, a window that ends before
 * it starts, an item the dataset lacks) are left out of the URL, which is rewritten in place (`replace`) so
 * that a copied link says what is shown, and returned as `dropped`, to be told once (checkLink).
 *
 * The check loads once `ready` (after the chart's first draw): the page already shows a link's known values
 * only (knownFilters), so what the check changes is the address and the notices, never what is drawn.
 */
export function useLinkCheck(
  context: LinkContext | null,
  ready: boolean,
  replace: (params: URLSearchParams) => void,
): {
  /** What the links so far named that the page cannot show, until dismissed. */
  readonly dropped: readonly DroppedValue[];
  readonly dismiss: () => void;
  /** Adds what another part of the page left out of the URL (the chart, a window outside its dates). */
  readonly report: (dropped: readonly DroppedValue[]) => void;
} {
  const search = useSearchPart(searchWithoutWindow);
  const check = useLoaded(ready);
  const [dropped, setDropped] = useState<readonly DroppedValue[]>([]);
  useEffect(() => {
    if (check === null) return;
    // The address moved on since this render (Back to another dataset's page, before this effect ran): not
    // this page's to check. Read against this page's dataset, a Back's filters were dropped as unknown, in
    // place, from the other page's address. The render the move brings checks it, if the page stays.
    if (searchWithoutWindow(window.location.search) !== search) return;
    const current = currentParams();
    const result = check(current, context);
    if (entries(result.params) !== entries(current)) replace(result.params);
    // What the URL said is gone once rewritten: it is kept here, to be told.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (result.dropped.length > 0) setDropped((before) => [...before, ...result.dropped]);
  }, [search, replace, context, check]);
  const dismiss = useCallback(() => setDropped([]), []);
  const report = useCallback(
    (more: readonly DroppedValue[]) => setDropped((before) => [...before, ...more]),
    [],
  );
  return { dropped, dismiss, report };
}

/** checkLink, once `ready` and its chunk is in; null until then. */
function useLoaded(ready: boolean): typeof checkLink | null {
  const [check, setCheck] = useState<typeof checkLink | null>(null);
  useEffect(() => {
    if (!ready || check !== null) return;
    let live = true;
    // Its chunk failing to arrive costs only the notices: the page shows a link's known values without it.
    import("../model/linkCheck.ts").then(
      (m) => {
        if (live) setCheck(() => m.checkLink);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready, check]);
  return check;
}

/** The parameters in any order: a link that only orders them otherwise is left as it is. */
const entries = (params: URLSearchParams) =>
  JSON.stringify([...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
