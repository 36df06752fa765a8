import { WORD_CHARACTER } from "../data/wordCharacter.ts";
import { findKey } from "./findKey.ts";
import { FILTERS, type FilterKey } from "./filterDescriptors.ts";
import type { TimelineItem } from "./timelineItems.ts";
import type { LinkFilters } from "./linkFilters.ts";

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

/**
 * A word of a search: text found anywhere in an item's searchText, a season, found whole, or a number,
 * found where a number starts.
 */
export type SearchWord = string | RegExp;

/**
 * "season 2" or "S2", as the chart writes seasons, and "S 2" as it is typed; or a word that is a number.
 * "S 2" has one or two digits and follows no apostrophe: "Daredevil's 2016" is not season 2016.
 */
const SEASON_OR_NUMBER = new RegExp(
  `(?<!${WORD_CHARACTER}|')(?:season\\s*(\\d+)|s(\\d+|\\s+\\d{1,2})|(\\d+)(?!\\S))(?!\\p{N})`,
  "giu",
);

/**
 * The words of a search. A season ("season 2", "S2") is one word, found whole in either form: as two words
 * each found anywhere, "season 2" matched every season of any event dated 2016, and "S1" S12. A word that
 * is a number is found where a number starts: anywhere, "Show 007" found "Quote 19007".
 */
export function searchWords(query: string): readonly SearchWord[] {
  const patterns: SearchWord[] = [];
  const rest = findKey(query).replace(
    SEASON_OR_NUMBER,
    (_, long?: string, short?: string, number?: string) => {
      const n = Number(long ?? short?.trim());
      // A number is found where a number starts, as typed so far: "007" not in 19007, "201" in 2016.
      patterns.push(
        new RegExp(
          number ? `(?<!\\p{N})${number}` : `(?<!${WORD_CHARACTER})(?:season ${n}|s${n})(?!\\p{N})`,
          "u",
        ),
      );
      return " ";
    },
  );
  return [...patterns, ...rest.split(/\s+/).filter(Boolean)];
}

/** Whether an item holds every word of a search (searchWords). */
export function matchesSearch(item: TimelineItem, words: readonly SearchWord[]): boolean {
  for (const word of words) {
    if (typeof word === "string" ? !item.searchText.includes(word) : !word.test(item.searchText))
      return false;
  }
  return true;
}

/**
 * The items that pass the filters; the list itself when every item passes (a search word that all of them
 * hold), so that nothing downstream is laid out again for it.
 */
export function filterItems(items: readonly TimelineItem[], filters: Filters): readonly TimelineItem[] {
  const chosen = FILTERS.flatMap((f) => {
    const values = filters[f.key];
    return values === null ? [] : [{ of: f.of, values: new Set(values) }];
  });
  const words = searchWords(filters.query);
  if (chosen.length === 0 && words.length === 0) return items;
  const passed: TimelineItem[] = [];
  for (const item of items) if (passesAll(item, chosen, words)) passed.push(item);
  return passed.length === items.length ? items : passed;
}

/** A filter that is on: where an item's values are (its descriptor's `of`), and the values chosen. */
interface Chosen {
  readonly of: (typeof FILTERS)[number]["of"];
  readonly values: ReadonlySet<string>;
}

/**
 * Whether an item has a chosen value of every filter and every search word: plain loops, since at 100k items
 * the callbacks of filter, every and some made this about 28 ms cold in Node, against 9.
 */
function passesAll(item: TimelineItem, chosen: readonly Chosen[], words: readonly SearchWord[]): boolean {
  for (const { of, values } of chosen) {
    let any = false;
    for (const value of of(item)) {
      if (values.has(value)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return matchesSearch(item, words);
}

/**
 * A link's filters resolved against the dataset: restricted to values it has, and a filter that names the
 * values left out turned into the values chosen. A link naming only shows or publishers the dataset does not
 * hold (an old link, another dataset) filters nothing, rather than hiding everything.
 */
export function knownFilters(
  filters: LinkFilters,
  showIds: readonly string[],
  publishers: readonly string[],
): Filters {
  const context = { shows: showIds.map((id) => ({ id, title: id })), publishers };
  const out = { query: filters.query } as { -readonly [K in keyof Filters]: Filters[K] };
  for (const f of FILTERS) {
    const values = filters[f.key];
    if (values === null) out[f.key] = null;
    else if ("except" in values) {
      const allowed = new Set(f.values(context));
      const left = new Set(values.except.filter((v) => allowed.has(v)));
      out[f.key] = left.size === 0 ? null : [...allowed].filter((v) => !left.has(v));
    } else if (f.fixed === null && values.length > 0) {
      const allowed = new Set(f.values(context));
      const kept = values.filter((v) => allowed.has(v));
      out[f.key] = kept.length === 0 ? null : kept;
    } else out[f.key] = values;
  }
  return out;
}
