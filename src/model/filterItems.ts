import { FILTERS, type FilterKey } from "./filterDescriptors.ts";
import type { TimelineItem } from "./timelineItems.ts";

/**
 * What the reader asked to see: the chosen values of each filter (FILTERS), and a text search. A null list
 * means "no filter on this": everything passes.
 */
export type Filters = { readonly [K in FilterKey]: readonly string[] | null } & {
  /** Free text, matched against labels, quotes and notes, case-insensitively, every word anywhere. */
  readonly query: string;
};

export const NO_FILTERS: Filters = {
  ...(Object.fromEntries(FILTERS.map((f) => [f.key, null])) as { [K in FilterKey]: null }),
  query: "",
};

export function isFiltering(filters: Filters): boolean {
  return FILTERS.some((f) => filters[f.key] !== null) || filters.query.trim() !== "";
}

export function filterItems(items: readonly TimelineItem[], filters: Filters): TimelineItem[] {
  const chosen = FILTERS.flatMap((f) => {
    const values = filters[f.key];
    return values === null ? [] : [{ of: f.of, values: new Set(values) }];
  });
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      chosen.every(({ of, values }) => of(item).some((v) => values.has(v))) &&
      words.every((word) => item.searchText.includes(word)),
  );
}

/**
 * The filters restricted to values the dataset has: a link naming only shows or publishers it does not
 * hold (an old link, another dataset) filters nothing, rather than hiding everything.
 */
export function knownFilters(
  filters: Filters,
  showIds: readonly string[],
  publishers: readonly string[],
): Filters {
  const context = { shows: showIds.map((id) => ({ id, title: id })), publishers };
  const out: { -readonly [K in FilterKey]?: readonly string[] | null } = {};
  for (const f of FILTERS) {
    const values = filters[f.key];
    if (f.fixed !== null || values === null || values.length === 0) continue;
    const allowed = f.values(context);
    const kept = values.filter((v) => allowed.includes(v));
    out[f.key] = kept.length === 0 ? null : kept;
  }
  return { ...filters, ...out };
}
