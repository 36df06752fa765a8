import { plainDate } from "../dates/edtfInterval.ts";

/**
 * Whether `within` (FROM/TO, two ISO days) is a span of real days holding `published`: the days a page that
 * prints no date lies within, the day taken for it among them. The schema and the fast path both ask it.
 */
export function publishedWithin(published: string | null, within: string): boolean {
  const from = within.slice(0, 10);
  const to = within.slice(11);
  // Two days of ten characters each, about the slash (plainDate takes a month or a year too).
  return (
    published !== null &&
    within.length === 21 &&
    within[10] === "/" &&
    plainDate(from) !== null &&
    plainDate(to) !== null &&
    from <= published &&
    published <= to
  );
}
