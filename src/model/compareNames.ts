/**
 * Names (publishers, shows, kinds) in a reader's order: numbers by value, so "Publisher 2" comes before
 * "Publisher 10", and letters as the browser's collator orders them (any case, accents beside their
 * letter). Ties (names the collator holds equal, such as "Publisher 02" and "Publisher 2") are broken by code
 * units, so that the order never depends on the input's.
 *
 * The collator is made on the first comparison, not when this module loads: the page's first Intl call
 * sets up ICU (about 55 ms here), which must not come before the chart's first draw (README, Speed).
 */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator(undefined, { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

let collator: Intl.Collator | undefined;
