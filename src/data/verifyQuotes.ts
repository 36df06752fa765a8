import type { Problem } from "./parseDataset.ts";
import { plainTypography } from "./plainTypography.ts";
import { isWordCharacter } from "./wordCharacter.ts";
import type { Dataset } from "./schema.ts";

/** Runs of whitespace, U+00A0 included, count as one space: that is all "verbatim" forgives. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * Whether `quote` stands in `article` as a passage: somewhere that does not begin or end inside a word.
 * "confirmed for October" is in "unconfirmed for October", and says the opposite; "2017" is in "20170".
 */
export function isPassageOf(quote: string, article: string): boolean {
  const startsWord = isWordCharacter(quote.charAt(0));
  // The quote's last character, a surrogate pair's two halves together.
  const endsWord = isWordCharacter(String.fromCodePoint(quote.codePointAt(quote.length - 1) ?? 32));
  for (let at = article.indexOf(quote); at !== -1; at = article.indexOf(quote, at + 1)) {
    const before = at === 0 ? "" : String.fromCodePoint(article.codePointAt(at - 1) ?? 32);
    const after = String.fromCodePoint(article.codePointAt(at + quote.length) ?? 32);
    if ((!startsWord || !isWordCharacter(before)) && (!endsWord || !isWordCharacter(after))) return true;
  }
  return false;
}

/** Query parameters a link picks up on its way (a newsletter's, an ad's), which name no other page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * What an article's URL and a source's must share to be one page: not the scheme (`http:` and `https:`),
 * the host's capitals, a fragment, tracking parameters or trailing slashes, which an article saved from a
 * link may differ in from the URL the dataset cites.
 */
export function articleKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.replace(/\/+$/, "");
  }
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name));
  const search = params.length === 0 ? "" : `?${new URLSearchParams(params).toString()}`;
  return `${parsed.host}${parsed.pathname.replace(/\/+$/, "")}${search}`;
}

export interface QuoteReport {
  readonly problems: readonly Problem[];
  readonly checked: number;
  /** Quotes whose source is not among the articles given: nothing to check them against. */
  readonly unchecked: number;
  /** The URLs of the sources those quotes cite, each once, in the order first cited. */
  readonly missing: readonly string[];
  /** The articles' URLs (as given) that no source's URL names: their texts checked nothing. */
  readonly unused: readonly string[];
}

/**
 * Every quote must stand verbatim in the article its source's URL names (`articles`: URL → full text). A
 * quote from a page in `outcomes` (URL → the quotes the outcomes research gives for it) must be a contiguous
 * part of one of them; an outcome whose page is in neither is a problem once `outcomes` is given.
 */
export function verifyQuotes(
  dataset: Dataset,
  articles: ReadonlyMap<string, string>,
  outcomes?: ReadonlyMap<string, readonly string[]>,
  /**
   * Where a quote is in the file, as a problem names it: its JSON path there (items left out while parsing
   * move it: citationPathsInFile), or a sheet's row and column. Asked only of a quote with a problem.
   */
  quoteAt: (event: number, citation: number) => string = (e, c) => `events[${e}].citations[${c}].quote`,
): QuoteReport {
  const folded = new Map([...articles].map(([url, text]) => [articleKey(url), foldWhitespace(text)]));
  const given = new Map(
    [...(outcomes ?? [])].map(([url, quotes]) => [articleKey(url), quotes.map(foldWhitespace)]),
  );
  const urlOf = new Map(dataset.sources.map((source) => [source.id, source.url]));
  const cited = new Set(dataset.sources.map((source) => articleKey(source.url)));
  // An article's plain typography, made on its first quote not found: once, not once for each such quote.
  const plain = new Map<string, string>();
  const plainArticle = (url: string, article: string) => {
    const made = plain.get(url) ?? plainTypography(article);
    plain.set(url, made);
    return made;
  };
  const seen = new Map<string, Seen>();
  const seenArticle = (url: string, article: string) => {
    const made = seen.get(url) ?? seenOf(article);
    seen.set(url, made);
    return made;
  };
  // Kept: the quote is drawn as the file gives it, and the reader is told it is not found in the article.
  const problems: Problem[] = [];
  let checked = 0;
  let unchecked = 0;
  const missing = new Set<string>();
  dataset.events.forEach((event, e) => {
    event.citations.forEach((citation, c) => {
      const url = urlOf.get(citation.source) ?? "";
      const key = articleKey(url);
      const article = folded.get(key);
      const quote = foldWhitespace(citation.quote);
      const shown = `"${quote.slice(0, 80)}${quote.length > 80 ? "…" : ""}"`;
      if (article === undefined) {
        const quotes = given.get(key);
        if (quotes !== undefined) {
          checked += 1;
          if (!quotes.some((q) => q.includes(quote))) {
            problems.push({
              id: event.id,
              path: quoteAt(e, c),
              reason: `outcome quote not found in outcomes.json for ${url} (it must be a contiguous part of a quote given there): ${shown}`,
              effect: "kept",
            });
          }
        } else if (outcomes !== undefined && citation.outcome === true) {
          checked += 1;
          problems.push({
            id: event.id,
            path: quoteAt(e, c),
            reason: `outcome page ${url} is not in outcomes.json: ${shown}`,
            effect: "kept",
          });
        } else {
          unchecked += 1;
          missing.add(url);
        }
        return;
      }
      checked += 1;
      if (!isPassageOf(quote, article)) {
        const why = article.includes(quote)
          ? "it begins or ends inside a word of the article's: quote whole words"
          : article.normalize("NFC").includes(quote.normalize("NFC"))
            ? "its accented letters are written with other code points than the article's (Unicode normalization): copy the article's text"
            : (invisibleMiss(quote, article, () => seenArticle(key, article)) ??
              caseOrEntityMiss(quote, article) ??
              nearMiss(plainTypography(quote), plainArticle(key, article)));
        problems.push({
          id: event.id,
          path: quoteAt(e, c),
          reason: `quote not found verbatim in ${url}: ${shown}${why === null ? "" : `; ${why}`}`,
          effect: "kept",
        });
      }
    });
  });
  const unused = [...articles.keys()].filter((url) => !cited.has(articleKey(url)));
  return { problems, checked, unchecked, missing: [...missing], unused };
}

/** Characters a page shows as nothing, by name. (U+FEFF is whitespace to JavaScript: folded as a space.) */
const INVISIBLE: Readonly<Record<string, string>> = {
  "\u00ad": "a soft hyphen (U+00AD)",
  "\u200b": "a zero-width space (U+200B)",
  "\u200c": "a zero-width non-joiner (U+200C)",
  "\u200d": "a zero-width joiner (U+200D)",
  "\u2060": "a word joiner (U+2060)",
};
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060]/g;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/;

/** An article without the characters that show as nothing, and where each of its characters was. */
interface Seen {
  readonly text: string;
  readonly from: readonly number[];
}

function seenOf(article: string): Seen {
  let text = "";
  const from: number[] = [];
  for (let i = 0; i < article.length; i += 1) {
    const char = article.charAt(i);
    if (INVISIBLE[char] !== undefined) continue;
    text += char;
    from.push(i);
  }
  return { text, from };
}

/**
 * Why a quote that reads as the article's passage is not it: the passage has a character that shows as
 * nothing, which a quote typed or copied from the page leaves out, or the quote has one the passage has not.
 * Null when that is not why. `seen` is the article's seenOf, made once for all its quotes.
 */
function invisibleMiss(quote: string, article: string, seen: () => Seen): string | null {
  const inArticle = HAS_INVISIBLE.test(article);
  if (!inArticle && !HAS_INVISIBLE.test(quote)) return null;
  const plainQuote = quote.replace(INVISIBLES, "");
  const { text, from } = inArticle ? seen() : { text: article, from: null };
  const at = text.indexOf(plainQuote);
  if (plainQuote === "" || at === -1) return null;
  const passage = from === null ? "" : article.slice(from[at], (from[at + plainQuote.length - 1] ?? 0) + 1);
  const named = (words: string) =>
    [...new Set(words.match(INVISIBLES))].map((char) => INVISIBLE[char]).join(" and ");
  const kept = named(passage);
  return kept === ""
    ? `the quote has ${named(quote)} that the article's passage has not, which shows as nothing: delete it`
    : `the article has ${kept} inside this passage, which shows as nothing: a verbatim quote keeps it (copy the passage from the article's text)`;
}

/** The HTML entities a page's text copied from its source may keep, and what each stands for. */
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&nbsp;": " ",
};
const ENTITY = /&(?:amp|quot|#39|apos|lt|gt|nbsp);/g;

/**
 * Why a quote that reads as the article's passage is not it: only capital letters differ, or the article's
 * text keeps HTML entities (`&amp;` where the page shows &). Null when neither.
 */
function caseOrEntityMiss(quote: string, article: string): string | null {
  if (article.toLowerCase().includes(quote.toLowerCase()))
    return "it differs from the article only in capital letters: copy them as the article writes them";
  const entities = article.match(ENTITY);
  if (entities === null) return null;
  const decoded = article.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
  if (!foldWhitespace(decoded).includes(quote)) return null;
  const named = [...new Set(entities)].map(
    (entity) => `${entity} for ${ENTITIES[entity] === " " ? "a space" : ENTITIES[entity]}`,
  );
  return `the article's text keeps HTML entities (${named.join(", ")}): quote it as that text writes it, or save the article as the page's text rather than its HTML`;
}

/**
 * Why a quote that is not verbatim is near the article, in words: only its typography differs, or it leaves
 * words out where it writes an ellipsis. Both are given in plain typography. Null when neither: it is not
 * the article's text.
 */
function nearMiss(plainQuote: string, plainArticle: string): string | null {
  if (plainArticle.includes(plainQuote))
    return "it differs from the article only in quote marks, apostrophes, dashes or ellipses (“ ” ’ – …): copy them as the article writes them";
  const parts = plainQuote.split(/\s*(?:\.\.\.|\[\.\.\.\])\s*/).filter((part) => part !== "");
  if (parts.length < 2) return null;
  let from = 0;
  for (const part of parts) {
    const at = plainArticle.indexOf(part, from);
    if (at === -1) return null;
    from = at + part.length;
  }
  return "it leaves words out where it writes an ellipsis: a quote is one passage, word for word; cite each part as a quote of its own";
}
