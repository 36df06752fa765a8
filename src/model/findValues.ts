import { findKey } from "./findKey.ts";

/**
 * A filter group with more values than this gets a finder: a text box that narrows its checkboxes. A list of
 * 2,000 checkboxes helps nobody, and at 20,000 it makes every URL write and garbage collection slow.
 */
export const FINDER_ABOVE = 40;

/** At most this many of a long group's checkboxes are in the page at once; the rest are a line of text. */
export const LISTED_AT_MOST = 40;

/** What a finder lists: the first values that match, and how many match in all. */
export interface FoundValues {
  readonly listed: readonly string[];
  readonly matches: number;
}

/**
 * The values whose name (`keys[i]`, made with findKey, for `values[i]`) holds the query, case-insensitively,
 * anywhere. The exceptions of the selection `chosen` come first (the unchecked values when most are checked,
 * the checked ones when few are): they are the values a reader has touched and comes back to. Otherwise the
 * group's own order is kept.
 */
export function findValues(
  values: readonly string[],
  keys: readonly string[],
  query: string,
  chosen: readonly string[] | null,
  limit: number = LISTED_AT_MOST,
): FoundValues {
  const needle = findKey(query.trim());
  const picked = new Set(chosen ?? []);
  // null chooses everything: no exceptions. Otherwise the smaller side is the exceptions.
  const exceptionIsChosen = chosen !== null && picked.size * 2 <= values.length;
  const isException = (v: string) => chosen !== null && picked.has(v) === exceptionIsChosen;
  const first: string[] = [];
  const rest: string[] = [];
  let matches = 0;
  values.forEach((value, i) => {
    if (!(keys[i] ?? "").includes(needle)) return;
    matches++;
    if (isException(value)) {
      if (first.length < limit) first.push(value);
    } else if (rest.length < limit) rest.push(value);
  });
  return { listed: [...first, ...rest].slice(0, limit), matches };
}
