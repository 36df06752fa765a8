import { FILTERS, type FilterContext, type FilterKey } from "./filterDescriptors.ts";
import type { Filters } from "./filterItems.ts";

/**
 * One filter as a link carries it: null (no filter), the values chosen, or the values left out. A dataset
 * with 2,000 shows and one unchecked would otherwise write 1,999 ids into the URL, past what a server
 * accepts in a request line (HTTP 431).
 */
export type LinkChoice = readonly string[] | { readonly except: readonly string[] } | null;

/** The filters as the URL holds them: resolved against the dataset by knownFilters(). */
export type LinkFilters = { readonly [K in FilterKey]: LinkChoice } & { readonly query: string };

/**
 * The filters in their shorter form for a link: a filter whose values come from the dataset names the values
 * left out when that is shorter than naming the ones chosen. The fixed lists (kinds, certainties) are short
 * and keep naming what is chosen.
 */
export function linkFilters(filters: Filters, context: FilterContext): LinkFilters {
  const out: { -readonly [K in FilterKey]?: LinkChoice } = {};
  for (const f of FILTERS) {
    const chosen = filters[f.key];
    if (f.fixed !== null || chosen === null) continue;
    const kept = new Set(chosen);
    const except = [...new Set(f.values(context))].filter((v) => !kept.has(v));
    // Every value chosen is no filter at all: not an empty `show-except=` in the link.
    if (except.join(",").length < chosen.join(",").length) out[f.key] = except.length > 0 ? { except } : null;
  }
  return { ...filters, ...out };
}
