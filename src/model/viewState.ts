import { FILTERS, type FilterKey } from "./filterDescriptors.ts";
import { NO_FILTERS } from "./filterItems.ts";
import type { LinkChoice, LinkFilters } from "./linkFilters.ts";
import { isoDayTime, type TimeWindow } from "../dates/zoomWindow.ts";

/** Everything a link must carry to reopen the same view. */
export interface ViewState {
  readonly filters: LinkFilters;
  /** The visible time window (ISO days), absent when fitted. */
  readonly window: TimeWindow | null;
  /** The item whose citations are open. */
  readonly selected: string | null;
  readonly view: "chart" | "table";
  /** The day the timeline is known as of (ISO day), "end" for how it turned out, null for the default. */
  readonly asOf: string | null;
  /** "Reported vs actual": each event's outcome drawn beside what was reported. */
  readonly actual: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  filters: NO_FILTERS,
  window: null,
  selected: null,
  view: "chart",
  asOf: null,
  actual: false,
};

/** A real calendar day written as the URL writes days (isoDay): 2016-02-30 is not one. */
export function isIsoDay(value: string | null): value is string {
  return value !== null && !Number.isNaN(isoDayTime(value));
}

function list(params: URLSearchParams, key: string, allowed: readonly string[] | null): string[] | null {
  if (!params.has(key)) return null;
  // Every time the key is given: a hand-made link may say show=a&show=b for show=a,b.
  // Each value once: "show=a,,a" is "show=a".
  const values = [...new Set(params.getAll(key).flatMap((value) => value.split(",").filter(Boolean)))];
  if (!allowed) return values;
  const known = values.filter((v) => allowed.includes(v));
  // A link naming only values this version does not know filters nothing, rather than hiding everything.
  return values.length > 0 && known.length === 0 ? null : known;
}

/** The parameter that names a filter's values left out (LinkFilters): `show-except=…`. */
export const exceptParam = (param: string) => `${param}-except`;

/** One filter's values as the URL gives them under `param`: repeated, or joined with commas. */
export function values(
  params: URLSearchParams,
  param: string,
  repeated: boolean,
  allowed: readonly string[] | null,
) {
  return repeated
    ? params.has(param)
      ? [...new Set(params.getAll(param).filter(Boolean))]
      : null
    : list(params, param, allowed);
}

/** The window's parameters. A zoom rewrites them at each gesture's end, and only the chart reads them. */
export const WINDOW_PARAMS = ["from", "to"] as const;

/** The search with only the window's parameters: what the chart follows. */
export function windowSearch(search: string): string {
  const params = new URLSearchParams(search);
  return new URLSearchParams(
    WINDOW_PARAMS.flatMap((key) => params.getAll(key).map((v) => [key, v])),
  ).toString();
}

/** The search without the window's parameters: what the rest of the page reads. */
export function searchWithoutWindow(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of WINDOW_PARAMS) params.delete(key);
  return params.toString();
}

/** The window a search gives, if it gives a readable one: two real days, the first before the second. */
export function readWindow(params: URLSearchParams): TimeWindow | null {
  const from = params.get("from");
  const to = params.get("to");
  // By the days' times, not their text: -000053-04-26 comes before 0001-01-01.
  return isIsoDay(from) && isIsoDay(to) && isoDayTime(from) < isoDayTime(to) ? { from, to } : null;
}

/** URL search parameters → view state. Unknown or malformed values fall back to the default. */
export function readViewState(params: URLSearchParams): ViewState {
  const choice = (f: (typeof FILTERS)[number]): LinkChoice => {
    const chosen = values(params, f.param, f.repeated, f.fixed);
    // The short fixed lists (kinds, certainties) have no form for what is left out (linkFilters).
    if (chosen !== null || f.fixed !== null) return chosen;
    const except = values(params, exceptParam(f.param), f.repeated, null);
    return except === null ? null : { except };
  };
  return {
    filters: {
      ...(Object.fromEntries(FILTERS.map((f) => [f.key, choice(f)])) as { [K in FilterKey]: LinkChoice }),
      query: params.get("q") ?? "",
    },
    window: readWindow(params),
    selected: params.get("event") || null,
    view: params.get("view") === "table" ? "table" : "chart",
    asOf: readAsOf(params.get("asof")),
    actual: params.get("actual") === "1",
  };
}

/** A link's day, or "end"; a day typed without its zeros (2016-5-2) is read as written with them. */
export function readAsOf(value: string | null): string | null {
  if (value === "end" || isIsoDay(value)) return value;
  const [, y, m, d] = /^(\d{4})-(\d\d?)-(\d\d?)$/.exec(value ?? "") ?? [];
  const day = `${y}-${m?.padStart(2, "0")}-${d?.padStart(2, "0")}`;
  return isIsoDay(day) ? day : null;
}

/**
 * View state → URL search parameters, keeping any parameter it does not own (such as `data`). Publishers
 * repeat the key, since their names may hold commas.
 */
export function writeViewState(state: ViewState, keep: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(keep);
  const owned = FILTERS.flatMap((f) => [f.param, exceptParam(f.param)]);
  for (const key of [...owned, "q", ...WINDOW_PARAMS, "event", "view", "asof", "actual"]) params.delete(key);
  const { filters } = state;
  for (const f of FILTERS) {
    const choice = filters[f.key];
    if (choice === null) continue;
    const [param, values] = "except" in choice ? [exceptParam(f.param), choice.except] : [f.param, choice];
    if (!f.repeated) params.set(param, values.join(","));
    else {
      if (values.length === 0) params.set(param, "");
      for (const value of values) params.append(param, value);
    }
  }
  if (filters.query) params.set("q", filters.query);
  if (state.window) {
    params.set("from", state.window.from);
    params.set("to", state.window.to);
  }
  if (state.selected) params.set("event", state.selected);
  if (state.view === "table") params.set("view", "table");
  if (state.asOf) params.set("asof", state.asOf);
  if (state.actual) params.set("actual", "1");
  return params;
}
