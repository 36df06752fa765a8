import { FILTERS, type FilterContext } from "./filterDescriptors.ts";
import { matchesSearch, searchWords, type Filters } from "./filterItems.ts";
import type { TimelineItem } from "./timelineItems.ts";
import { wordList } from "./wordList.ts";

/** The least change to the filters that shows an item, in words for the notice that offers it. */
export interface Reveal {
  /** What hides the item: “the show filter and the search”. */
  readonly hiddenBy: string;
  /** The button's words: “Show Iron Fist too and open it”. */
  readonly action: string;
  /** The filters with only what hides the item relaxed: every other choice kept. */
  readonly filters: Filters;
}

/**
 * How to show an item the filters hide without dropping the reader's other choices: a filter the item does
 * not pass also lets its value through (its show, kind, certainty, one of its publishers), and a search it
 * does not match is cleared. Null when the filters do not hide it.
 */
export function revealItem(item: TimelineItem, filters: Filters, context: FilterContext): Reveal | null {
  const next = { ...filters } as { -readonly [K in keyof Filters]: Filters[K] };
  const hiddenBy: string[] = [];
  const shown: string[] = [];
  for (const f of FILTERS) {
    const chosen = filters[f.key];
    const own = f.of(item);
    if (chosen === null || own.some((value) => chosen.includes(value))) continue;
    hiddenBy.push(`the ${f.noun} filter`);
    // One value is enough to let it through (an item cites several publishers).
    const [value] = own;
    if (value === undefined) {
      next[f.key] = null;
      shown.push(`every ${f.noun}`);
    } else {
      next[f.key] = [...chosen, value];
      shown.push(f.label(value, context));
    }
  }
  const clearsSearch = !matchesSearch(item, searchWords(filters.query));
  if (clearsSearch) {
    hiddenBy.push("the search");
    next.query = "";
  }
  if (hiddenBy.length === 0) return null;
  const steps = [
    ...(shown.length > 0 ? [`show ${wordList(shown, "and")} too`] : []),
    ...(clearsSearch ? ["clear the search"] : []),
    "open it",
  ];
  const action = wordList(steps, "and");
  return {
    hiddenBy: wordList(hiddenBy, "and"),
    action: action.charAt(0).toUpperCase() + action.slice(1),
    filters: next,
  };
}
