import { printable } from "../data/printable.ts";
import { FILTERS, type FilterContext } from "./filterDescriptors.ts";
import type { LinkChoice } from "./linkFilters.ts";
import { exceptParam, readAsOf, readViewState, readWindow, values, writeViewState } from "./viewState.ts";

/** What a link is checked against: the dataset's shows and publishers, and whether it has an item. */
export interface LinkContext extends FilterContext {
  readonly hasEvent: (id: string) => boolean;
}

/** A value a link named that the page cannot show, and why, in words: “nosuch” (not in this timeline). */
export interface DroppedValue {
  readonly what: string;
  readonly why: string;
}

export interface LinkCheck {
  /** The link as the page shows it: what it cannot show left out, every other parameter kept. */
  readonly params: URLSearchParams;
  readonly dropped: readonly DroppedValue[];
}

const NOT_HERE = "not in this timeline";

interface ReadRule {
  readonly reads: (value: string) => boolean;
  /** The parameter in words, before its value: “the view”. */
  readonly what: string;
  readonly why: string;
}

/**
 * The parameters a link gives once, with what the page reads of them (null: any text). A value it cannot
 * read, and the same parameter given again, are left out.
 */
const ONE_VALUE: Readonly<Record<string, ReadRule | null>> = {
  from: null,
  to: null,
  asof: { reads: (value) => readAsOf(value) !== null, what: "the day", why: "not a calendar day" },
  view: {
    reads: (value) => value === "chart" || value === "table",
    what: "the view",
    why: "not “chart” or “table”",
  },
  // 0 is read as off, which the link then says by leaving it out.
  actual: {
    reads: (value) => value === "1" || value === "0",
    what: "“Reported vs actual”",
    why: "not 1 (on) or 0 (off)",
  },
  event: null,
  q: null,
};

/**
 * The one check of a link's view parameters (filters, search, window, as-of day, open item, view, Reported vs
 * actual): what the page cannot read (a day that is not one, a window that ends before it starts, an unknown
 * kind or view, a parameter given twice) and, once the dataset is known (`context`), what it does not have
 * (a show, a publisher, an item). Both are left out of the link, so that a copied link says what is shown,
 * and listed, so that the reader is told.
 */
export function checkLink(params: URLSearchParams, context: LinkContext | null): LinkCheck {
  const dropped: DroppedValue[] = [];
  const state = readViewState(params);
  const quoted = (value: string) => `“${printable(value)}”`;

  const filters = { ...state.filters };
  for (const f of FILTERS) {
    const allowed = f.fixed ?? (context ? f.values(context) : null);
    if (allowed === null) continue;
    const known = new Set(allowed);
    const named = [f.param, exceptParam(f.param)].flatMap(
      (param) => values(params, param, f.repeated, null) ?? [],
    );
    for (const value of new Set(named)) {
      if (!known.has(value)) dropped.push({ what: `the ${f.noun} ${quoted(value)}`, why: NOT_HERE });
    }
    // A link that names both the values chosen and the values left out is read by the ones chosen.
    if (params.has(f.param)) {
      for (const value of values(params, exceptParam(f.param), f.repeated, null) ?? []) {
        if (known.has(value))
          dropped.push({ what: `${exceptParam(f.param)}=${quoted(value)}`, why: `${f.param}= is given too` });
      }
    }
    filters[f.key] = knownChoice(state.filters[f.key], known);
  }

  const from = params.get("from");
  const to = params.get("to");
  if ((from !== null || to !== null) && readWindow(params) === null) {
    dropped.push({
      what: `the window ${quoted(from ?? "")} to ${quoted(to ?? "")}`,
      why: "not two days, the first before the second",
    });
  }
  for (const [param, rule] of Object.entries(ONE_VALUE)) {
    const [first, ...more] = params.getAll(param);
    if (first !== undefined && rule !== null && !rule.reads(first)) {
      dropped.push({ what: `${rule.what} ${quoted(first)}`, why: rule.why });
    }
    for (const value of more) dropped.push({ what: `${param}=${quoted(value)}`, why: "given twice" });
  }
  let selected = state.selected;
  if (selected !== null && context !== null && !context.hasEvent(selected)) {
    dropped.push({ what: `the item ${quoted(selected)}`, why: NOT_HERE });
    selected = null;
  }
  return { params: writeViewState({ ...state, filters, selected }, params), dropped };
}

/**
 * A filter's choice with only the values the dataset has. A choice left with none of the values it named
 * filters nothing, rather than hiding everything (an old link, another dataset's).
 */
function knownChoice(choice: LinkChoice, known: ReadonlySet<string>): LinkChoice {
  if (choice === null) return null;
  const list = "except" in choice ? choice.except : choice;
  const kept = list.filter((value) => known.has(value));
  if (kept.length === list.length) return choice;
  if (kept.length === 0) return null;
  return "except" in choice ? { except: kept } : kept;
}
