import type { Certainty, EventKind } from "../data/schema.ts";
import type { TimelineItem } from "./timelineItems.ts";

/** What the reader asked to see. A null list means "no filter on this": everything passes. */
export interface Filters {
  readonly shows: readonly string[] | null;
  readonly kinds: readonly EventKind[] | null;
  readonly certainties: readonly Certainty[] | null;
  readonly publishers: readonly string[] | null;
  /** Free text, matched against labels, quotes and notes, case-insensitively, every word anywhere. */
  readonly query: string;
}

export const NO_FILTERS: Filters = {
  shows: null,
  kinds: null,
  certainties: null,
  publishers: null,
  query: "",
};

export function isFiltering(filters: Filters): boolean {
  return (
    filters.shows !== null ||
    filters.kinds !== null ||
    filters.certainties !== null ||
    filters.publishers !== null ||
    filters.query.trim() !== ""
  );
}

export function filterItems(items: readonly TimelineItem[], filters: Filters): TimelineItem[] {
  const shows = filters.shows && new Set(filters.shows);
  const kinds = filters.kinds && new Set<string>(filters.kinds);
  const certainties = filters.certainties && new Set<string>(filters.certainties);
  const publishers = filters.publishers && new Set(filters.publishers);
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (!shows || shows.has(item.show.id)) &&
      (!kinds || kinds.has(item.event.kind)) &&
      (!certainties || certainties.has(item.event.certainty)) &&
      (!publishers || item.sources.some((source) => publishers.has(source.publisher))) &&
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
  const known = (values: readonly string[] | null, allowed: readonly string[]) => {
    if (values === null || values.length === 0) return values;
    const kept = values.filter((v) => allowed.includes(v));
    return kept.length === 0 ? null : kept;
  };
  return {
    ...filters,
    shows: known(filters.shows, showIds),
    publishers: known(filters.publishers, publishers),
  };
}
