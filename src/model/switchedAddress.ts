import { DEFAULT_VIEW, readViewState, writeViewState } from "./viewState.ts";

/**
 * The dataset switched to: a file opened from this device, named by `?file=` (it is never uploaded, so
 * no link can hold it: the name says what was shown), or the `?data=` one (null: the bundled one).
 */
export type SwitchedTo =
  { readonly kind: "file"; readonly name: string } | { readonly kind: "data"; readonly data: string | null };

/**
 * The page's address once it shows another dataset, which starts at its own default view: no filters,
 * window, open item or as-of day of the one before (its shows and days are not this one's). The chart or
 * table, and Reported vs actual, stay. The URL names only the dataset shown, never the one before.
 */
export function switchedAddress(path: string, search: string, to: SwitchedTo): string {
  const current = new URLSearchParams(search);
  const { view, actual } = readViewState(current);
  const params = writeViewState({ ...DEFAULT_VIEW, view, actual }, current);
  params.delete("data");
  params.delete("file");
  if (to.kind === "file") params.set("file", to.name);
  else if (to.data !== null) params.set("data", to.data);
  // The scorecard is the new dataset's too. Any other page (a source of the dataset before, a page not
  // found) is not: the new one opens on its timeline.
  const page = path === "/scorecard" ? path : "/";
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}
