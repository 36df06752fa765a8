/**
 * The columns a spreadsheet's own header most likely means, by meaning rather than spelling: "Link" is
 * the `url`, though "kind" is fewer edits away. Keys are headers as headerKey() writes them (lower case,
 * `_` and `-` as spaces); a header that could mean two columns names both. Only suggested, never read as
 * the column: a guess at meaning is the author's to confirm.
 */
export const HEADER_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [
        [
          "link",
          "links",
          "href",
          "hyperlink",
          "source link",
          "article link",
          "web address",
          "address",
          "web link",
          "permalink",
          "uri",
          "article url",
          "link to article",
        ],
        ["url"],
      ],
      [
        [
          "quotation",
          "quotes",
          "excerpt",
          "extract",
          "snippet",
          "passage",
          "citation",
          "text",
          "verbatim",
          "quoted text",
        ],
        ["quote"],
      ],
      [["headline", "article title", "article name", "title of article", "source name"], ["source title"]],
      [
        ["source", "article"],
        ["source title", "publisher", "url"],
      ],
      [["outlet", "publication", "site", "website", "newspaper", "magazine", "media"], ["publisher"]],
      [["writer", "by", "byline", "journalist", "reporter", "written by"], ["author"]],
      [
        [
          "date published",
          "publication date",
          "pub date",
          "published on",
          "article date",
          "posted",
          "posted on",
          "publish date",
        ],
        ["published"],
      ],
      [
        ["date", "when"],
        ["start", "published"],
      ],
      [
        ["title", "name"],
        ["label", "source title"],
      ],
      [["begins", "from", "start date", "date from", "begin", "starts"], ["start"]],
      [["until", "to", "ends", "finish", "end date", "date to", "finishes"], ["end"]],
      [["event", "event name", "description", "what", "summary"], ["label"]],
      [["series", "programme", "program", "tv show", "show name", "title of show"], ["show"]],
      [["season number", "season no", "season #", "series number"], ["season"]],
      [["type", "event type", "category"], ["kind"]],
      [["confidence", "status", "reliability", "firmness"], ["certainty"]],
      [["notes", "comment", "comments", "remarks"], ["note"]],
      [["relation", "order", "related", "depends on", "dependencies"], ["relations"]],
      [["id"], ["event id", "source id"]],
    ] as const
  ).flatMap(([names, columns]) => names.map((name) => [name, columns] as const)),
);
