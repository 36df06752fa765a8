import { printable } from "./printable.ts";
import { publishedWords } from "./publishedWords.ts";
import type { Source } from "./schema.ts";
import { slug } from "./slug.ts";

/** Ids named in one suggestion at most; the rest are counted. */
const NAMED = 3;

/**
 * `; did you mean "screenrant-2016-05-11" (Screen Rant, 11 May 2016)?` for a citation's source written as
 * its publisher or its title ("Screen Rant", "screen-rant"), in any capitals or separators; a publisher of
 * several sources names their ids. Nothing when it names none.
 */
export function sourceSuggestion(value: string, sources: Iterable<Source>): string {
  const key = slug(value);
  if (key === "") return "";
  const named = [...sources].filter((s) => slug(s.publisher) === key || slug(s.title) === key);
  const [first] = named;
  if (first === undefined) return "";
  const when = publishedWords(first);
  if (named.length === 1) return `; did you mean "${first.id}" (${printable(first.publisher)}, ${when})?`;
  const ids = named.slice(0, NAMED).map((s) => `"${s.id}"`);
  const more = named.length > NAMED ? `, and ${named.length - NAMED} more` : "";
  // Named by a title that sources of several publishers share: not one publisher's sources.
  const whose = named.every((s) => s.publisher === first.publisher)
    ? `${printable(first.publisher)} has`
    : `"${printable(value)}" names`;
  return `; ${whose} ${named.length} sources: ${ids.join(", ")}${more}`;
}
