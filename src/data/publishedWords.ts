import type { Source } from "./schema.ts";
import { dateWords } from "../dates/dateWords.ts";

/**
 * When a source appeared, in words; some pages print no date, and that is said rather than guessed. A day
 * worked out from the page's text (it gives the days it lies within) is "about" that day.
 */
export function publishedWords(source: Source): string {
  if (source.published === null) return "date not printed";
  return `${source.publishedWithin ? "about " : ""}${dateWords(source.published)}`;
}

/**
 * A day worked out from its page's text, at length: "the page prints no date: worked out from its text,
 * between 10 May 2016 and 13 May 2016". Null for a page that prints its date, or none.
 */
export function publishedSpanWords(source: Source): string | null {
  const within = source.publishedWithin;
  if (!within) return null;
  const [from = "", to = ""] = within.split("/");
  return `the page prints no date: worked out from its text, between ${dateWords(from)} and ${dateWords(to)}`;
}
