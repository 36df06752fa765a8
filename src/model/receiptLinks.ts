/**
 * Links that land on the sentence: a URL text fragment (`#:~:text=start,end`) and the Wayback Machine's
 * copy. Links only: the page itself never requests them.
 */

/** Per the text-fragment spec, `-`, `&` and `,` are syntax there, so they are percent-encoded too. */
function fragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/** How many words a long quote's start and end are each given: enough to be unique, short enough to match. */
const EDGE_WORDS = 4;

/**
 * The article's URL pointing at the quote: short quotes whole (`#:~:text=quote`), longer ones as their
 * first and last words (`#:~:text=start,end`). Any fragment the URL had is replaced.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  const base = url.replace(/#.*$/s, "");
  if (words.length === 0) return base;
  const directive =
    words.length <= EDGE_WORDS * 2
      ? fragmentPart(words.join(" "))
      : `${fragmentPart(words.slice(0, EDGE_WORDS).join(" "))},${fragmentPart(words.slice(-EDGE_WORDS).join(" "))}`;
  return `${base}#:~:text=${directive}`;
}

/**
 * The Wayback Machine's copy of a page as of its publication day (`/web/20160511/<url>`, which redirects to
 * the nearest capture); for an undated page, its list of captures (`/web/*\/<url>`).
 */
export function waybackUrl(url: string, published: string | null): string {
  const stamp = published === null ? "*" : published.replaceAll("-", "");
  return `https://web.archive.org/web/${stamp}/${url}`;
}
