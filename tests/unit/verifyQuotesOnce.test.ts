import { describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/schema.ts";
import { plainTypography } from "../../src/data/plainTypography.ts";
import { verifyQuotes } from "../../src/data/verifyQuotes.ts";

// Counted, not timed: how many times each article is made plain.
vi.mock("../../src/data/plainTypography.ts", async (importOriginal) => {
  const actual = await importOriginal<{ plainTypography: typeof plainTypography }>();
  return { plainTypography: vi.fn(actual.plainTypography) };
});

const ARTICLES = new Map([
  ["https://example.com/a", "“It’s coming,” she said – in 2016… The end of the story."],
  ["https://example.com/b", "The second season films in New York – from June to October."],
]);
const SOURCES = ["a", "b"].map((id) => ({
  id,
  title: "T",
  publisher: "P",
  author: null,
  published: "2016-01-01",
  url: `https://example.com/${id}/`,
}));
/** Three kinds of quote that are not verbatim: typography only, words left out at "...", not the article's. */
const BAD = [
  (n: number) => ({ source: "a", quote: `"It's coming," she said - in 2016...` + " ".repeat(n % 2) }),
  (n: number) => ({ source: "b", quote: `The second season ... from June to October.${"".padEnd(n % 3)}` }),
  (n: number) => ({ source: n % 2 ? "a" : "b", quote: `Nothing the article says, number ${n}` }),
];

const datasetOf = (citations: readonly { source: string; quote: string }[]): Dataset => ({
  shows: [{ id: "s", title: "S" }],
  sources: SOURCES,
  events: citations.map((citation, n) => ({
    id: `e${n}`,
    show: "s",
    kind: "release",
    label: "L",
    certainty: "confirmed",
    citations: [citation],
  })),
});

describe("verifyQuotes() with many quotes not found", () => {
  const citations = Array.from(
    { length: 50 },
    (_, n) => BAD[n % BAD.length]?.(n) ?? { source: "a", quote: "" },
  );

  it("makes each article plain once, and says of each quote what it says of it alone", () => {
    const plain = vi.mocked(plainTypography);
    plain.mockClear();
    const { problems } = verifyQuotes(datasetOf(citations), ARTICLES);
    const articles = new Set([...ARTICLES.values()]);
    const madePlain = plain.mock.calls.filter(([text]) => articles.has(text));
    expect(madePlain).toHaveLength(2);
    expect(problems).toHaveLength(50);
    citations.forEach((citation, n) => {
      const [alone] = verifyQuotes(datasetOf([citation]), ARTICLES).problems;
      expect(problems[n]).toEqual({ ...alone, id: `e${n}`, path: `events[${n}].citations[0].quote` });
    });
    expect(problems.filter((p) => p.reason.includes("only in quote marks"))).toHaveLength(17);
    expect(problems.filter((p) => p.reason.includes("leaves words out"))).toHaveLength(17);
  });
});
