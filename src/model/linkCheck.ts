import { printable } from "../data/printable.ts";
import { FILTERS, type FilterContext } from "./filterDescriptors.ts";
import type { LinkChoice } from "./linkFilters.ts";
import {
  exceptParam,
  isIsoDay,
  readAsOf,
  readViewState,
  readWindow,
  values,
  writeViewState,
} from "./viewState.ts";

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

interface OneValue {
  /** The parameter in words, before its value: “the view”. */
  readonly what: string;
  /** What the page reads of it, and why another value is not read; none: any text. */
  readonly reads?: { readonly value: (value: string) => boolean; readonly why: string };
}

/**
 * The parameters a link gives once. A value the page cannot read, and the same parameter given again, are
 * left out.
 */
const ONE_VALUE: Readonly<Record<string, OneValue>> = {
  // The dataset's address: read by the app before this page (App), kept here.
  data: { what: "the dataset" },
  // A file opened from this device, by its name: read by App too.
  file: { what: "the file" },
  q: { what: "the search" },
  from: { what: "the window's start" },
  to: { what: "the window's end" },
  asof: { what: "the day", reads: { value: (value) => readAsOf(value) !== null, why: "not a calendar day" } },
  event: { what: "the item" },
  view: {
    what: "the view",
    reads: { value: (value) => value === "chart" || value === "table", why: "not “chart” or “table”" },
  },
  // 0 is read as off, which the link then says by leaving it out.
  actual: {
    what: "“Reported vs actual”",
    reads: { value: (value) => value === "1" || value === "0", why: "not 1 (on) or 0 (off)" },
  },
};

/** Every parameter a link to the timeline may hold. */
const KNOWN = new Set([
  ...Object.keys(ONE_VALUE),
  ...FILTERS.flatMap((f) => [f.param, exceptParam(f.param)]),
]);

/** The parameter a name not the page's was probably meant to be: one edit from a name of 4 letters or more. */
function meantParam(name: string): string | null {
  const typed = name.toLowerCase();
  for (const known of KNOWN) if (known.length >= 4 && oneEditApart(typed, known)) return known;
  return null;
}

/**
 * Whether one letter added, dropped or changed turns `a` into `b` (or they are equal). Not fastest-levenshtein,
 * as the spreadsheet's checks use: in the app's chunk, which is near its budget, it would cost 0.6 kB.
 */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Past the first difference the rest must match, after the one edit.
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The one check of a link's view parameters (filters, search, window, as-of day, open item, view, Reported vs
 * actual): what the page cannot read (a day that is not one, a window that ends before it starts, an unknown
 * kind or view, a parameter given twice or not the page's) and, once the dataset is known (`context`), what it does not have
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
    // A link that names both the values chosen and the values left out is read by the ones chosen; a
    // fixed list (kinds) is only ever named by what is chosen.
    if (params.has(f.param) || f.fixed !== null) {
      for (const value of values(params, exceptParam(f.param), f.repeated, null) ?? []) {
        if (known.has(value)) {
          const why =
            f.fixed === null ? `${f.param}= is given too` : `a ${f.noun} is chosen with ${f.param}=`;
          dropped.push({ what: `${exceptParam(f.param)}=${quoted(value)}`, why });
        }
      }
    }
    filters[f.key] = knownChoice(state.filters[f.key], known);
  }

  const from = params.get("from");
  const to = params.get("to");
  if ((from !== null || to !== null) && readWindow(params) === null) {
    // What is wrong with it, as the day's notice says it: "2016-02-30" had been told it was not before "2016-06-01".
    const bad = [from, to].filter((day): day is string => day !== null && !isIsoDay(day));
    dropped.push({
      what: `the window ${quoted(from ?? "")} to ${quoted(to ?? "")}`,
      why:
        bad.length > 0
          ? `${bad.map(quoted).join(" and ")} ${bad.length > 1 ? "are not calendar days" : "is not a calendar day"}`
          : from === null || to === null
            ? "a window needs two days, from= and to="
            : "the first day is not before the second",
    });
  }
  for (const [param, { what, reads }] of Object.entries(ONE_VALUE)) {
    const [first, ...more] = params.getAll(param);
    if (first !== undefined && reads && !reads.value(first)) {
      dropped.push({ what: `${what} ${quoted(first)}`, why: reads.why });
    }
    // The same value again changes nothing, and is only tidied away; another is said once, not read.
    for (const value of new Set(more))
      if (value !== first)
        dropped.push({ what: `${what} ${quoted(value)}`, why: "given again: only the first is read" });
  }
  // A name the page nearly reads (a typo: shows for show) would otherwise do nothing without a word. Other
  // names (utm_source, fbclid: whoever shared the link added them) are not the page's to drop or to tell.
  const typos = new Map<string, string>();
  for (const name of new Set(params.keys())) {
    const meant = KNOWN.has(name) ? null : meantParam(name);
    if (meant !== null) typos.set(name, meant);
  }
  for (const [name, meant] of typos)
    dropped.push({ what: `the parameter ${quoted(name)}`, why: `not one this page reads; ${meant}= is` });
  let selected = state.selected;
  if (selected !== null && context !== null && !context.hasEvent(selected)) {
    dropped.push({ what: `the item ${quoted(selected)}`, why: NOT_HERE });
    selected = null;
  }
  const out = writeViewState({ ...state, filters, selected }, params);
  for (const name of typos.keys()) out.delete(name);
  for (const param of ["data", "file"]) {
    const value = params.get(param);
    if (value !== null) out.set(param, value);
  }
  return { params: out, dropped };
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
