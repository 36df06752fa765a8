import { FILTERS, type FilterKey } from "./filterDescriptors.ts";
import { NO_FILTERS, type Filters } from "./filterItems.ts";
import type { TimeWindow } from "../dates/zoomWindow.ts";

/** Everything a link must carry to reopen the same view. */
export interface ViewState {
  readonly filters: Filters;
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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written as YYYY-MM-DD: 2016-02-30 is not one. */
function isIsoDay(value: string | null): value is string {
  if (value === null || !ISO_DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function list(params: URLSearchParams, key: string, allowed: readonly string[] | null): string[] | null {
  if (!params.has(key)) return null;
  const values = (params.get(key) ?? "").split(",").filter(Boolean);
  if (!allowed) return values;
  const known = values.filter((v) => allowed.includes(v));
  // A link naming only values this version does not know filters nothing, rather than hiding everything.
  return values.length > 0 && known.length === 0 ? null : known;
}

/** URL search parameters → view state. Unknown or malformed values fall back to the default. */
export function readViewState(params: URLSearchParams): ViewState {
  const from = params.get("from");
  const to = params.get("to");
  return {
    filters: {
      ...(Object.fromEntries(
        FILTERS.map((f) => [
          f.key,
          f.repeated
            ? params.has(f.param)
              ? params.getAll(f.param).filter(Boolean)
              : null
            : list(params, f.param, f.fixed),
        ]),
      ) as { [K in FilterKey]: string[] | null }),
      query: params.get("q") ?? "",
    },
    window: isIsoDay(from) && isIsoDay(to) && from < to ? { from, to } : null,
    selected: params.get("event") || null,
    view: params.get("view") === "table" ? "table" : "chart",
    asOf: readAsOf(params.get("asof")),
    actual: params.get("actual") === "1",
  };
}

function readAsOf(value: string | null): string | null {
  return value === "end" || isIsoDay(value) ? value : null;
}

/**
 * View state → URL search parameters, keeping any parameter it does not own (such as `data`). Publishers
 * repeat the key, since their names may hold commas.
 */
export function writeViewState(state: ViewState, keep: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(keep);
  for (const key of [...FILTERS.map((f) => f.param), "q", "from", "to", "event", "view", "asof", "actual"])
    params.delete(key);
  const { filters } = state;
  for (const f of FILTERS) {
    const values = filters[f.key];
    if (values === null) continue;
    if (!f.repeated) params.set(f.param, values.join(","));
    else {
      if (values.length === 0) params.set(f.param, "");
      for (const value of values) params.append(f.param, value);
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
