import type { Source } from "../data/schema.ts";
import { dateWords } from "../dates/dateWords.ts";

/** When a source appeared, in words; some pages print no date, and that is said rather than guessed. */
export function publishedWords(source: Source): string {
  return source.published === null ? "date not printed" : dateWords(source.published);
}
