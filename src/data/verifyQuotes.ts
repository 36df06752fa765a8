import type { Problem } from "./parseDataset.ts";
import type { Dataset } from "./schema.ts";

/** Runs of whitespace, U+00A0 included, count as one space: that is all "verbatim" forgives. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

function articleKey(url: string): string {
  return url.replace(/\/+$/, "");
}

export interface QuoteReport {
  readonly problems: readonly Problem[];
  readonly checked: number;
  /** Quotes whose source is not among the articles given: nothing to check them against. */
  readonly unchecked: number;
}

/** Every quote must stand verbatim in the article its source's URL names. `articles`: URL → full text. */
export function verifyQuotes(dataset: Dataset, articles: ReadonlyMap<string, string>): QuoteReport {
  const folded = new Map([...articles].map(([url, text]) => [articleKey(url), foldWhitespace(text)]));
  const urlOf = new Map(dataset.sources.map((source) => [source.id, articleKey(source.url)]));
  const problems: Problem[] = [];
  let checked = 0;
  let unchecked = 0;
  dataset.events.forEach((event, e) => {
    event.citations.forEach((citation, c) => {
      const article = folded.get(urlOf.get(citation.source) ?? "");
      if (article === undefined) {
        unchecked += 1;
        return;
      }
      checked += 1;
      const quote = foldWhitespace(citation.quote);
      if (!article.includes(quote)) {
        problems.push({
          id: event.id,
          path: `events[${e}].citations[${c}].quote`,
          reason: `quote not found verbatim in ${urlOf.get(citation.source)}: "${quote.slice(0, 80)}${quote.length > 80 ? "…" : ""}"`,
        });
      }
    });
  });
  return { problems, checked, unchecked };
}
