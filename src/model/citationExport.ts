import type { Source } from "../data/schema.ts";

/** A source with the quotes the timeline takes from it, which go in the reference's note. */
export interface CitedSource {
  readonly source: Source;
  readonly quotes: readonly string[];
}

const dateParts = (iso: string) => iso.split("-").map(Number);
// Each quote once: an outcome may quote the very passage a prediction of the same source quotes.
const note = (quotes: readonly string[]) => [...new Set(quotes)].map((quote) => `“${quote}”`).join("\n");

/** CSL-JSON (csl-data.json), which Zotero, Mendeley and pandoc import: one web page item per source. */
export function cslJson(cited: readonly CitedSource[]): string {
  const items = cited.map(({ source, quotes }) => ({
    id: source.id,
    type: "webpage",
    title: source.title,
    "container-title": source.publisher,
    publisher: source.publisher,
    // An author's name is kept whole: splitting it into given and family names would be a guess.
    ...(source.author ? { author: [{ literal: source.author }] } : {}),
    // A page that prints no date gets no `issued`, rather than a guessed one.
    // A day worked out from the page's text is the span it lies within (CSL's date range), not that day.
    ...(source.published === null
      ? {}
      : { issued: { "date-parts": (source.publishedWithin ?? source.published).split("/").map(dateParts) } }),
    URL: source.url,
    ...(quotes.length > 0 ? { note: note(quotes) } : {}),
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** BibTeX's special characters, escaped, so that any text is read back as it was written. */
function bibText(text: string): string {
  // One pass: the braces a replacement writes (\textbackslash{}) are not escaped again. A tilde and a caret
  // are written as the characters, not as the accents \~{} and \^{}.
  return text.replace(/\r?\n|[\\{}%&$#_^~]/g, (c) => BIB_SPECIAL[c] ?? `\\${c}`);
}

// A brace as \textbraceleft{}, not \{: BibTeX counts every brace, escaped or not, to find where a field
// ends, so a title with one "}" ran on into the fields after it.
const BIB_SPECIAL: Readonly<Record<string, string>> = {
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "\\": "\\textbackslash{}",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
  "\n": " \\\\ ",
  "\r\n": " \\\\ ",
};

/** BibTeX, one @misc entry per source (biblatex reads it as well); the quotes go in `note`. */
export function bibtex(cited: readonly CitedSource[]): string {
  return cited
    .map(({ source, quotes }) => {
      const [year, month] = source.published?.split("-") ?? [];
      // A page that prints no date gets no date fields, rather than a guessed one.
      const date: [string, string][] =
        source.published === null
          ? []
          : [
              // biblatex's date range, for a day worked out from the page's text.
              ["date", source.publishedWithin ?? source.published],
              ["year", year ?? ""],
              ["month", month ?? ""],
            ];
      const fields: [string, string][] = [
        // Double braces keep the title's capitals.
        ["title", `{${bibText(source.title)}}`],
        ...(source.author ? ([["author", `{${bibText(source.author)}}`]] as [string, string][]) : []),
        ["howpublished", bibText(source.publisher)],
        ["organization", bibText(source.publisher)],
        ...date,
        // A url field is verbatim: only braces (which would unbalance the entry) are percent-encoded.
        ["url", source.url.replace(/[{}\\]/g, (c) => encodeURIComponent(c))],
        ...(quotes.length > 0 ? ([["note", bibText(note(quotes))]] as [string, string][]) : []),
      ];
      return `@misc{${source.id},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(",\n")}\n}\n`;
    })
    .join("\n");
}
