import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema.ts";
import { foldWhitespace, verifyQuotes } from "../../src/data/verifyQuotes.ts";
import { unsafeCharacter } from "../../src/data/unsafeCharacter.ts";

const dataset = (quote: string, url = "https://example.com/a/"): Dataset => ({
  shows: [{ id: "s", title: "S" }],
  sources: [{ id: "src", title: "T", publisher: "P", author: null, published: "2016-01-01", url }],
  events: [
    {
      id: "e",
      show: "s",
      kind: "release",
      label: "L",
      certainty: "confirmed",
      citations: [{ source: "src", quote }],
    },
  ],
});
const articles = new Map([
  ["https://example.com/a", "It will arrive on\u00a0September   30th,\n2016. Then more."],
]);

describe("foldWhitespace()", () => {
  it("folds runs of whitespace, no-break spaces included, to one space", () => {
    expect(foldWhitespace(" a\u00a0 b\n\tc ")).toBe("a b c");
  });
});

describe("verifyQuotes()", () => {
  it("accepts a quote that differs from the article only in whitespace", () => {
    expect(verifyQuotes(dataset("arrive on September 30th, 2016."), articles)).toEqual({
      problems: [],
      checked: 1,
      unchecked: 0,
      missing: [],
      unused: [],
    });
  });

  it.each([
    ["another scheme", "http://example.com/a"],
    ["capitals in the host", "https://EXAMPLE.com/a"],
    ["capitals in the path", "https://example.com/A"],
    ["a fragment", "https://example.com/a#comments"],
    ["tracking parameters", "https://example.com/a?utm_source=newsletter&fbclid=x"],
    ["a www. before the host", "https://www.example.com/a"],
  ])("takes an article whose URL differs from the source's only by %s for the source's", (_, url) => {
    const saved = new Map([[url, "It will arrive on September 30th, 2016."]]);
    expect(verifyQuotes(dataset("arrive on September 30th, 2016."), saved)).toEqual({
      problems: [],
      checked: 1,
      unchecked: 0,
      missing: [],
      unused: [],
    });
  });

  it("takes an article whose URL gives the source's parameters in another order for the source's", () => {
    const saved = new Map([
      ["https://example.com/story?y=2&id=7", "It will arrive on September 30th, 2016."],
    ]);
    const report = verifyQuotes(
      dataset("arrive on September 30th, 2016.", "https://example.com/story?id=7&y=2"),
      saved,
    );
    expect(report).toMatchObject({ problems: [], checked: 1, unused: [] });
  });

  it("looks in both files of one page whose URLs differ only by www., not only in the last given", () => {
    const saved = new Map([
      ["https://www.example.com/a", "It will arrive on September 30th, 2016."],
      ["https://example.com/a", "Page two of the article."],
    ]);
    expect(verifyQuotes(dataset("arrive on September 30th, 2016."), saved)).toMatchObject({
      problems: [],
      checked: 1,
    });
  });

  it("names an article whose URL is no source's, and still tells another page apart by its path or query", () => {
    const saved = new Map([
      ["https://example.com/b", "It will arrive on September 30th, 2016."],
      ["https://example.com/a?page=2", "More."],
    ]);
    expect(verifyQuotes(dataset("arrive on September 30th, 2016."), saved)).toEqual({
      problems: [],
      checked: 0,
      unchecked: 1,
      missing: ["https://example.com/a/"],
      unused: ["https://example.com/b", "https://example.com/a?page=2"],
    });
  });

  it("rejects a quote with anything else changed, and names its path", () => {
    const { problems } = verifyQuotes(dataset("arrive on September 30, 2016."), articles);
    // The quote is still drawn: its problem is kept, not left out.
    expect(problems).toEqual([
      expect.objectContaining({ id: "e", path: "events[0].citations[0].quote", effect: "kept" }),
    ]);
  });

  it("says where the article breaks a word across two lines at its hyphen, which a whole word is not", () => {
    const wrapped = new Map([["https://example.com/a", "A well-\nknown face re-\nturns in the fall."]]);
    const why = (quote: string) => verifyQuotes(dataset(quote), wrapped).problems.map((p) => p.reason);
    expect(why("A well-known face")).toEqual([
      'quote not found verbatim in https://example.com/a/: "A well-known face"; the article\'s text breaks a word across two lines at its hyphen ("well-" and "known"), which reads as a space there: quote it so ("well- known"), or join the article\'s broken lines',
    ]);
    // A word hyphenated only to break it, written whole.
    expect(why("face returns")).toEqual([expect.stringContaining('("re-" and "turns")')]);
    // As the article's text reads: verbatim.
    expect(why("A well- known face re- turns")).toEqual([]);
  });

  it("rejects a quote whose curly quote was straightened", () => {
    const curly = new Map([["https://example.com/a", "it’ll be a year"]]);
    expect(verifyQuotes(dataset("it'll be a year"), curly).problems).toHaveLength(1);
  });

  it("counts a quote from a source outside the article set as unchecked, not as passed", () => {
    expect(verifyQuotes(dataset("anything", "https://elsewhere.example/"), articles)).toEqual({
      problems: [],
      checked: 0,
      unchecked: 1,
      missing: ["https://elsewhere.example/"],
      unused: ["https://example.com/a"],
    });
  });

  describe("outcome quotes, checked against the outcomes research", () => {
    const outcome = (quote: string, url = "https://page.example/x"): Dataset => {
      const base = dataset(quote, url);
      const [event] = base.events;
      return {
        ...base,
        events: [
          { ...event!, citations: [{ source: "src", quote, claim: { start: "2016-01-01" }, outcome: true }] },
        ],
      };
    };
    const given = new Map([
      ["https://page.example/x/", ["It debuted on March 8, International Women's Day."]],
    ]);

    it("accepts a contiguous part of a quote given for the page", () => {
      expect(verifyQuotes(outcome("debuted on March 8,"), articles, given).problems).toEqual([]);
    });

    it("rejects a quote that is not part of one given for the page", () => {
      const { problems } = verifyQuotes(outcome("debuted on March 9"), articles, given);
      expect(problems).toEqual([
        expect.objectContaining({
          path: "events[0].citations[0].quote",
          reason: expect.stringMatching(/outcomes\.json/),
        }),
      ]);
    });

    it("rejects an outcome from a page the research does not list", () => {
      const { problems } = verifyQuotes(outcome("anything", "https://unknown.example/"), articles, given);
      expect(problems).toHaveLength(1);
    });
  });
});

describe("verifyQuotes(), where a quote is", () => {
  it("names a quote not found where the file has it, asking only of a quote with a problem", () => {
    const asked: string[] = [];
    const quoteAt = (e: number, c: number) => {
      asked.push(`${e}/${c}`);
      return "row 7, column quote";
    };
    const two: Dataset = {
      ...dataset("arrive on September 30th"),
      events: [
        ...dataset("arrive on September 30th").events,
        { ...dataset("not there").events[0]!, id: "f" },
      ],
    };
    expect(verifyQuotes(two, articles, undefined, quoteAt).problems.map((p) => p.path)).toEqual([
      "row 7, column quote",
    ]);
    expect(asked).toEqual(["1/0"]);
    // Without it, the dataset's own path.
    expect(verifyQuotes(two, articles).problems.map((p) => p.path)).toEqual(["events[1].citations[0].quote"]);
  });
});

describe("verifyQuotes(), a quote near the article", () => {
  const typed = new Map([
    ["https://example.com/a", "“It’s coming,” she said – in 2016… Then more words. The end."],
  ]);
  const reason = (quote: string) => verifyQuotes(dataset(quote), typed).problems[0]?.reason;

  it("says when only its quote marks, apostrophes, dashes or ellipses differ from the article's", () => {
    expect(reason(`"It's coming," she said - in 2016...`)).toBe(
      `quote not found verbatim in https://example.com/a/: ""It's coming," she said - in 2016..."; it differs ` +
        "from the article only in quote marks, apostrophes, dashes or ellipses (“ ” ’ – …): copy them as the " +
        "article writes them",
    );
  });

  it("says when it leaves words out where it writes an ellipsis", () => {
    expect(reason("she said – in 2016 ... The end.")).toMatch(
      /; it leaves words out where it writes an ellipsis: a quote is one passage, word for word; cite each part as a quote of its own$/,
    );
  });

  it("refuses a quote that begins or ends inside a word, and says so", () => {
    const words = new Map([
      ["https://example.com/a", "The date is unconfirmed for October 27, 20170 was a typo."],
    ]);
    const said = (quote: string) => verifyQuotes(dataset(quote), words).problems[0]?.reason;
    expect(said("confirmed for October 27")).toMatch(
      /; it begins or ends inside a word of the article's: quote whole words$/,
    );
    expect(said("October 27, 2017")).toMatch(/inside a word/);
    expect(said("unconfirmed for October 27,")).toBeUndefined();
    // Punctuation is no word: a quote may begin or end beside it, or with it.
    expect(said("27, 20170")).toBeUndefined();
    expect(said(", 20170 was")).toBeUndefined();
  });

  it("says when only the way its accented letters are written differs from the article's", () => {
    const decomposed = new Map([["https://example.com/a", "Señor Ávila llegará.".normalize("NFD")]]);
    expect(
      verifyQuotes(dataset("Señor Ávila llegará".normalize("NFC")), decomposed).problems[0]?.reason,
    ).toMatch(
      /; its accented letters are written with other code points than the article's \(Unicode normalization\): copy the article's text$/,
    );
  });

  it("says when the article writes letters as ligatures or other compatibility forms", () => {
    const ligatures = new Map([["https://example.com/a", "The ﬁnal season is ofﬁcial."]]);
    expect(verifyQuotes(dataset("The final season is official."), ligatures).problems[0]?.reason).toMatch(
      /; the article writes some of its letters in other forms \(a ligature, ﬁ for fi; a full-width letter\), which a quote keeps: copy the article's text$/,
    );
    expect(verifyQuotes(dataset("The ﬁnal season"), ligatures).problems).toEqual([]);
  });

  it("passes over an article's characters that show as nothing and that a quote cannot hold", () => {
    const soft = new Map([
      [
        "https://example.com/a",
        "An extra\u00adordinary season, with\u200b care\u2060 and\u200e more. Else\u200cwhere.",
      ],
    ]);
    const said = (quote: string) => verifyQuotes(dataset(quote), soft).problems[0]?.reason;
    // A soft hyphen, a zero-width space, a word joiner, a direction mark: the format refuses them in a
    // quote (unsafeCharacter), so the passage is quoted as a reader sees it.
    expect(unsafeCharacter("extra\u00adordinary")).toBe("U+00AD");
    expect(said("An extraordinary season, with care and more.")).toBeUndefined();
    expect(said("An ordinary season")).toBe(
      'quote not found verbatim in https://example.com/a/: "An ordinary season"',
    );
  });

  it("names a joiner that shows as nothing inside the passage, in the article or in the quote", () => {
    const joined = new Map([["https://example.com/a", "Else\u200cwhere, and then some\u200d more."]]);
    const said = (quote: string) => verifyQuotes(dataset(quote), joined).problems[0]?.reason;
    // A quote may hold a joiner (Persian, emoji sequences): a verbatim one keeps the article's.
    expect(unsafeCharacter("Else\u200cwhere")).toBeNull();
    expect(said("Elsewhere")).toMatch(
      /; the article has a zero-width non-joiner \(U\+200C\) inside this passage, which shows as nothing: a verbatim quote keeps it \(copy the passage from the article's text\)$/,
    );
    // Only those inside the passage are named, each once.
    expect(said("Elsewhere, and then some more")).toMatch(
      /the article has a zero-width non-joiner \(U\+200C\) and a zero-width joiner \(U\+200D\) inside/,
    );
    expect(said("and\u200d then")).toMatch(
      /; the quote has a zero-width joiner \(U\+200D\) that the article's passage has not, which shows as nothing: delete it$/,
    );
    expect(said("Else\u200cwhere")).toBeUndefined();
  });

  it("says when only capital letters differ, or the article's text keeps HTML entities", () => {
    const text = new Map([
      ["https://example.com/a", "It is the WORST show. Tom &amp; Jerry&#39;s &nbsp;return."],
    ]);
    const said = (quote: string) => verifyQuotes(dataset(quote), text).problems[0]?.reason;
    expect(said("It is the worst show.")).toMatch(
      /; it differs from the article only in capital letters: copy them as the article writes them$/,
    );
    expect(said("it is the WORST show.")).toMatch(/only in capital letters/);
    expect(said("Tom & Jerry's return.")).toMatch(
      /; the article's text keeps HTML entities \(&amp; for &, &#39; for ', &nbsp; for a space\): quote it as that text writes it, or save the article as the page's text rather than its HTML$/,
    );
    expect(said("Tom &amp; Jerry&#39;s &nbsp;return.")).toBeUndefined();
  });

  it("says nothing more of a quote that is not the article's", () => {
    expect(reason("She said nothing ... at all")).toBe(
      'quote not found verbatim in https://example.com/a/: "She said nothing ... at all"',
    );
  });

  it("says when a quote is word for word in another article than its source's, and names that source", () => {
    const two: Dataset = {
      ...dataset("Then more."),
      sources: [
        {
          id: "a",
          title: "A",
          publisher: "P",
          author: null,
          published: "2016-01-01",
          url: "https://example.com/a",
        },
        {
          id: "b",
          title: "B",
          publisher: "P",
          author: null,
          published: "2016-01-02",
          url: "https://example.com/b",
        },
      ],
      events: [{ ...dataset("Then more.").events[0]!, citations: [{ source: "b", quote: "Then more." }] }],
    };
    const texts = new Map([...articles, ["https://example.com/b", "Something else entirely."]]);
    expect(verifyQuotes(two, texts).problems[0]?.reason).toBe(
      'quote not found verbatim in https://example.com/b: "Then more."; it is word for word in the article of ' +
        'https://example.com/a (source "a"): is the citation\'s source the right one?',
    );
  });

  it("says which one word differs from the article's passage, and when words in brackets stand for its own", () => {
    const reason = (quote: string) => verifyQuotes(dataset(quote), articles).problems[0]?.reason;
    expect(reason("It will arrive on October 30th, 2016.")).toMatch(
      /; it differs from the article in one word: the article writes "September" where the quote writes "October"$/,
    );
    // A passage may end inside a word's stop: "2016" of "2016.".
    expect(reason("will arrive on September 31st, 2016")).toMatch(
      /writes "30th," where the quote writes "31st,"$/,
    );
    expect(reason("[The show] will arrive on September 30th, 2016.")).toMatch(
      /; it puts words in brackets \(\[The show\]\) where the article has its own: a quote is the article's words/,
    );
    // A quote that is all bracket has no words of the article's to find: nothing said of brackets.
    expect(reason("[The show will arrive on September 30th]")).not.toMatch(/brackets/);
    // Two words differ: nothing more is said.
    expect(reason("It will come on October 30th, 2016.")).toBe(
      'quote not found verbatim in https://example.com/a/: "It will come on October 30th, 2016."',
    );
  });

  it("gives the slower hints to as many quotes as a problem list shows, not to every one", () => {
    const many: Dataset = {
      ...dataset("x"),
      events: Array.from({ length: 150 }, (_, i) => ({
        ...dataset("x").events[0]!,
        id: `e${i}`,
        citations: [{ source: "src", quote: "It will arrive on October 30th, 2016." }],
      })),
    };
    const reasons = verifyQuotes(many, articles).problems.map((p) => p.reason.includes("in one word"));
    expect(reasons.filter(Boolean)).toHaveLength(100);
    expect(reasons.at(-1)).toBe(false);
  });
});
