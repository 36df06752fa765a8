import { describe, expect, it } from "vitest";
import { fastDataset } from "../../src/data/fastDataset.ts";
import { lookalikeHost } from "../../src/data/lookalikeHost.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";

const CHECK =
  "the link goes to xn--netflx-tvf.com, as it shows beside its text; check that this is the source's site (the source is kept)";

describe("a source's host that may pass for another site's (IDN homograph)", () => {
  it.each([
    ["a Cyrillic і in a Latin name", "https://netflіx.com/news"],
    ["the same letter percent-escaped", "https://netfl%D1%96x.com/news"],
    ["in capitals, with a port", "https://NETFLІX.com:443/news"],
  ])("warns that the host mixes scripts, with the host the link really goes to: %s", (_, url) => {
    expect(lookalikeHost(url)).toBe(
      `the host netflіx.com mixes Latin and Cyrillic letters in "netflіx", as an address made to look like another site's does: ${CHECK}`,
    );
  });

  it("warns, more quietly, of a host in one script that is not ASCII", () => {
    expect(lookalikeHost("https://пример.рф/")).toBe(
      "the host пример.рф is written in letters that are not ASCII: the link goes to xn--e1afmkfd.xn--p1ai, " +
        "as it shows beside its text; check that this is the source's site (the source is kept)",
    );
  });

  it.each([
    ["a plain ASCII host", "https://www.netflix.com/tudum"],
    ["non-ASCII only in the path", "https://example.com/café"],
    ["full-width letters, which go to the very host they show", "https://ｎｅｔｆｌｉｘ.com/"],
    ["a host typed in punycode, shown as typed", "https://xn--netflx-tvf.com/"],
  ])("says nothing of %s", (_, url) => {
    expect(lookalikeHost(url)).toBeNull();
  });

  it("keeps the source, its events drawn, and lists the warning at its url; the hot path leaves the file to the validator", () => {
    const json = {
      shows: [{ id: "show", title: "Show" }],
      sources: [
        {
          id: "src",
          title: "An article",
          publisher: "Netflix",
          published: "2016-05-11",
          url: "https://netflіx.com/news",
        },
      ],
      events: [
        {
          id: "e1",
          show: "show",
          kind: "release",
          label: "Out",
          start: "2016-09-30",
          certainty: "confirmed",
          citations: [{ source: "src", quote: "q" }],
        },
      ],
    };
    expect(fastDataset(json)).toBeNull();
    const { dataset, problems } = parseDataset(json);
    expect(dataset.sources.map((s) => s.id)).toEqual(["src"]);
    expect(dataset.events.map((e) => e.id)).toEqual(["e1"]);
    expect(problems.map((p) => [p.id, p.path, p.reason])).toEqual([
      [
        "src",
        "sources[0].url",
        expect.stringMatching(/^the host netflіx\.com mixes Latin and Cyrillic letters/),
      ],
    ]);
  });
});
