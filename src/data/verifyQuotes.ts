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
 * a `www.` before the host, the capitals of its host or path (`/Path` for `/path`, as typed at the top of an
 * article's file), a fragment, tracking parameters, the parameters' order or trailing slashes, which an
 * article saved from a link may differ in from the URL the dataset cites. Two pages of one site told apart
 * only by capitals, or by `www.`, are not met in news.
 */
export function articleKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.replace(/\/+$/, "");
  }
  const params = [...parsed.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = params.length === 0 ? "" : `?${new URLSearchParams(params).toString()}`;
  return `${parsed.host.replace(/^www\./, "")}${parsed.pathname.replace(/\/+$/, "").toLowerCase()}${search}`;
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
  // Two files of one page (URLs that differ only as articleKey allows) are one article, both texts looked in.
  const folded = new Map<string, string>();
  const urlOfArticle = new Map<string, string>();
  for (const [url, text] of articles) {
    const key = articleKey(url);
    if (!urlOfArticle.has(key)) urlOfArticle.set(key, url);
    const before = folded.get(key);
    const read = foldWhitespace(text.replace(PASSED_OVER, ""));
    folded.set(key, before === undefined ? read : `${before}\n${read}`);
  }
  const given = new Map(
    [...(outcomes ?? [])].map(([url, quotes]) => [articleKey(url), quotes.map(foldWhitespace)]),
  );
  const urlOf = new Map(dataset.sources.map((source) => [source.id, source.url]));
  const cited = new Set(dataset.sources.map((source) => articleKey(source.url)));
  const sourceOfArticle = new Map<string, string>();
  for (const source of dataset.sources) {
    const key = articleKey(source.url);
    if (!sourceOfArticle.has(key)) sourceOfArticle.set(key, source.id);
  }
  // A quote word for word in another article than its source's: a URL or source copied from the row above,
  // most often. Asked only of a quote not found.
  const foundElsewhere = (quote: string, key: string): string | null => {
    for (const [other, text] of folded) {
      if (other === key || !isPassageOf(quote, text)) continue;
      const source = sourceOfArticle.get(other);
      const url = urlOfArticle.get(other) ?? other;
      return `it is word for word in the article of ${url}${source === undefined ? "" : ` (source "${source}")`}: is the citation's source the right one?`;
    }
    return null;
  };
  // An article's other forms, made on its first quote not found: once, not once for each such quote.
  const forms = new Map<string, ArticleForms>();
  const formsOf = (url: string, article: string) => {
    const made = forms.get(url) ?? new ArticleForms(article);
    forms.set(url, made);
    return made;
  };
  // Kept: the quote is drawn as the file gives it, and the reader is told it is not found in the article.
  const problems: Problem[] = [];
  let checked = 0;
  let unchecked = 0;
  // Quotes not found in their article, for the slower hints' bound.
  let misses = 0;
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
        // The slower hints (every article, word by word) for as many quotes as a problem list shows.
        const deep = misses < DEEP_HINTS;
        misses += 1;
        const why =
          (deep ? foundElsewhere(quote, key) : null) ??
          (article.includes(quote)
            ? "it begins or ends inside a word of the article's: quote whole words"
            : formsOf(key, article).nfc.includes(quote.normalize("NFC"))
              ? "its accented letters are written with other code points than the article's (Unicode normalization): copy the article's text"
              : formsOf(key, article).nfkc.includes(quote.normalize("NFKC"))
                ? "the article writes some of its letters in other forms (a ligature, ﬁ for fi; a full-width letter), which a quote keeps: copy the article's text"
                : whyNotFound(quote, formsOf(key, article), deep));
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

/**
 * Characters of an article's text that show as nothing and that a quote cannot hold (the format refuses
 * them, unsafeCharacter): a soft hyphen (U+00AD), a zero-width space (U+200B), a word joiner (U+2060),
 * direction marks. Passed over in the article, so that its passage as a reader sees it is the quote; told
 * to keep them, an author had no way to write one that passed. Not the joiners (U+200C/D) nor variation
 * selectors, which a quote may hold (emoji, Persian) and so must keep.
 */
const PASSED_OVER = /(?!\u200c|\u200d|\p{Variation_Selector})[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

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
 * An article's text (whitespace folded) in the forms a quote not found is held to, each made when first
 * asked for: an article with many such quotes makes each once.
 */
class ArticleForms {
  readonly text: string;
  #plain: string | undefined;
  #words: readonly string[] | undefined;
  #lower: string | undefined;
  #nfc: string | undefined;
  #nfkc: string | undefined;
  #seen: { readonly text: string; readonly from: readonly number[] } | null | undefined;
  #decoded: { readonly text: string; readonly entities: readonly string[] } | null | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Its words, as whitespace parts them. */
  get words(): readonly string[] {
    return (this.#words ??= this.text.split(" "));
  }

  /** In plain typography (plainTypography). */
  get plain(): string {
    return (this.#plain ??= plainTypography(this.text));
  }

  get lower(): string {
    return (this.#lower ??= this.text.toLowerCase());
  }

  /** In Unicode's composed form (NFC): é as one character. */
  get nfc(): string {
    return (this.#nfc ??= this.text.normalize("NFC"));
  }

  /** With compatibility forms as the letters they stand for (NFKC): ﬁ as f and i. */
  get nfkc(): string {
    return (this.#nfkc ??= this.text.normalize("NFKC"));
  }

  /** Without the characters that show as nothing, and where each character left was; null if it has none. */
  get seen(): { readonly text: string; readonly from: readonly number[] } | null {
    if (this.#seen !== undefined) return this.#seen;
    if (!HAS_INVISIBLE.test(this.text)) return (this.#seen = null);
    let text = "";
    const from: number[] = [];
    for (let i = 0; i < this.text.length; i += 1) {
      const char = this.text.charAt(i);
      if (INVISIBLE[char] !== undefined) continue;
      text += char;
      from.push(i);
    }
    return (this.#seen = { text, from });
  }

  /** With its HTML entities read as what they stand for, and which it had; null if it has none. */
  get decoded(): { readonly text: string; readonly entities: readonly string[] } | null {
    if (this.#decoded !== undefined) return this.#decoded;
    const entities = this.text.match(ENTITY);
    if (entities === null) return (this.#decoded = null);
    const text = foldWhitespace(this.text.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity));
    return (this.#decoded = { text, entities: [...new Set(entities)] });
  }
}

/**
 * Why a quote not found in its article (as `forms`) is near it, in words, after "; ": its passage has a
 * character that shows as nothing, or only capitals differ, or the article's text keeps HTML entities, or
 * only the typography differs, or it leaves words out at an ellipsis. Null when none of these: it is not
 * the article's text.
 */
function whyNotFound(quote: string, forms: ArticleForms, deep: boolean): string | null {
  return (
    invisibleMiss(quote, forms) ??
    (forms.lower.includes(quote.toLowerCase())
      ? "it differs from the article only in capital letters: copy them as the article writes them"
      : null) ??
    entityMiss(quote, forms) ??
    wrapMiss(quote, forms) ??
    nearMiss(plainTypography(quote), forms.plain) ??
    (deep ? (bracketMiss(quote, forms.text) ?? wordMiss(quote, forms.words)) : null)
  );
}

/** Words in brackets (not an ellipsis's): `[Netflix]`. */
const BRACKETED = /\[(?!\s*(?:\.\.\.|…)\s*\])[^\]]+\]/g;

/**
 * Why a quote is not the article's passage: it puts words of its own in brackets where the article has
 * others (`[Netflix] will` for "The streamer will"), as a print quotation may. Null when that is not why.
 */
function bracketMiss(quote: string, article: string): string | null {
  const brackets = quote.match(BRACKETED);
  // One: each more multiplies the pattern's backtracking (a hostile quote's "a[x]a[x]a…"); and words of the
  // article's own beside it (a quote that is all bracket matches any article).
  if (brackets?.length !== 1 || quote.replace(BRACKETED, "").trim().length < 8) return null;
  // Each bracket stands for a few of the article's words, within one sentence.
  const pattern = quote
    .split(BRACKETED)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^.!?]{1,80}?");
  if (!new RegExp(pattern, "u").test(article)) return null;
  return `it puts words in brackets (${brackets.join(", ")}) where the article has its own: a quote is the article's words, so keep yours for the note, or quote the passage around them`;
}

/**
 * At most this many quotes not found are given the slower hints (another article has it; a word differs),
 * each of which reads every article or every word of one: as many as a problem list names, so that a file
 * of 100,000 quotes from other pages does not take minutes.
 */
const DEEP_HINTS = 100;

/** A quote of this many words or more is held word by word against the article's passages (wordMiss). */
const WORDS_COMPARED = 4;

/**
 * Why a quote is not the article's passage: one of its words is not the passage's (June for May), its
 * other words in place. Null when no passage of the article is the quote but for one word.
 */
function wordMiss(quote: string, words: readonly string[]): string | null {
  const said = quote.split(" ");
  if (said.length < WORDS_COMPARED) return null;
  for (let at = 0; at + said.length <= words.length; at += 1) {
    let differ = -1;
    for (let i = 0; i < said.length; i += 1) {
      const [ours = "", theirs = ""] = [said[i], words[at + i]];
      // A passage may begin after a word's opening mark and end before its stop: "said" of "said.".
      const same =
        ours === theirs ||
        (i === 0 && theirs.endsWith(ours)) ||
        (i === said.length - 1 && theirs.startsWith(ours));
      if (same) continue;
      if (differ !== -1) {
        differ = -2;
        break;
      }
      differ = i;
    }
    if (differ < 0) continue;
    const [ours = "", theirs = ""] = [said[differ], words[at + differ]];
    return `it differs from the article in one word: the article writes "${theirs}" where the quote writes "${ours}"`;
  }
  return null;
}

/** A word broken at a hyphen and a line end in the article's text ("well-⏎known", read "well- known"). */
const BROKEN_WORD = /(\p{L}+)- (\p{L}+)/gu;

/**
 * Why a quote is not the article's passage: the article's text breaks a word at a line end after its hyphen
 * (hard-wrapped), which reads as a space there, and the quote writes the word whole. Null when not.
 */
function wrapMiss(quote: string, forms: ArticleForms): string | null {
  let joined = false;
  let named = "";
  const unwrapped = forms.text.replace(BROKEN_WORD, (broken, a: string, b: string) => {
    const whole = [`${a}-${b}`, `${a}${b}`].find((word) => quote.includes(word));
    if (whole === undefined) return broken;
    joined = true;
    named ||= `"${a}-" and "${b}"`;
    return whole;
  });
  if (!joined || !isPassageOf(quote, unwrapped)) return null;
  return `the article's text breaks a word across two lines at its hyphen (${named}), which reads as a space there: quote it so (${named.replace(/" and "/, " ")}), or join the article's broken lines`;
}

/** The names of the characters that show as nothing in `text`, each once: "a soft hyphen (U+00AD) and …". */
const invisiblesIn = (text: string) =>
  [...new Set(text.match(INVISIBLES))].map((char) => INVISIBLE[char]).join(" and ");

/**
 * Why a quote that reads as the article's passage is not it: the passage has a character that shows as
 * nothing, which a quote typed or copied from the page leaves out, or the quote has one the passage has not.
 * Null when that is not why.
 */
function invisibleMiss(quote: string, forms: ArticleForms): string | null {
  const { seen } = forms;
  if (seen === null && !HAS_INVISIBLE.test(quote)) return null;
  const plainQuote = quote.replace(INVISIBLES, "");
  const at = (seen?.text ?? forms.text).indexOf(plainQuote);
  if (plainQuote === "" || at === -1) return null;
  const passage =
    seen === null ? "" : forms.text.slice(seen.from[at], (seen.from[at + plainQuote.length - 1] ?? 0) + 1);
  const kept = invisiblesIn(passage);
  return kept === ""
    ? `the quote has ${invisiblesIn(quote)} that the article's passage has not, which shows as nothing: delete it`
    : `the article has ${kept} inside this passage, which shows as nothing: a verbatim quote keeps it (copy the passage from the article's text)`;
}

/** Why a quote is not the article's passage: the article's text keeps HTML entities (`&amp;` for &). */
function entityMiss(quote: string, forms: ArticleForms): string | null {
  const { decoded } = forms;
  if (decoded === null || !decoded.text.includes(quote)) return null;
  const named = decoded.entities.map(
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
