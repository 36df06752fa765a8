import { describe, expect, it } from "vitest";
import { isHttpUrl } from "../../src/data/isHttpUrl.ts";
import { urlMeant } from "../../src/data/urlMeant.ts";

describe("urlMeant(): what a url that is not a URL meant", () => {
  it.each([
    ["“https://variety.com/st2”", ": drop the quotation marks around it: https://variety.com/st2"],
    ['"https://variety.com/st2"', ": drop the quotation marks around it: https://variety.com/st2"],
    ["<https://variety.com/st2>", ": drop the angle brackets around it: https://variety.com/st2"],
    [
      "https://variety.com/st2).",
      ': drop the ")." at its end, copied with the address from the sentence around it: https://variety.com/st2',
    ],
    ["https//variety.com/st2", ': its scheme is mistyped ("https//"); write https://variety.com/st2'],
    ["htps://variety.com/st9", ': its scheme is mistyped ("htps://"); write https://variety.com/st9'],
    ["http:/variety.com/st2", ': its scheme is mistyped ("http:/"); write http://variety.com/st2'],
    ["https://variety .com/st2", ": a host has no spaces; delete them: https://variety.com/st2"],
    [
      "https://variety .com/st 2",
      ": a host has no spaces; delete them, and write those after it as %20: https://variety.com/st%202",
    ],
  ])("gives %s its exact fix%s", (typed, fix) => {
    expect(isHttpUrl(typed)).toBe(false);
    expect(urlMeant(typed)).toBe(fix);
    expect(isHttpUrl(fix.slice(fix.lastIndexOf(" ") + 1))).toBe(true);
  });

  it("tells an address cut short with an ellipsis to copy the whole one: the rest is nowhere in it", () => {
    for (const typed of ["https://variety.com/st2…", "https://variety.com/st2..."]) {
      expect(isHttpUrl(typed)).toBe(false);
      expect(urlMeant(typed)).toBe(
        ": it ends in …, as an address shown cut short does (in a post or on a page); copy the whole address " +
          "from the link itself",
      );
    }
  });
});

describe("isHttpUrl(): an address that ends as its own, not its sentence's", () => {
  it("refuses a closing bracket no opening one in it matches, with its sentence's full stop or not", () => {
    for (const url of ["https://variety.com/st2)", "https://variety.com/st2).", "https://variety.com/st2),"])
      expect(isHttpUrl(url)).toBe(false);
    // A full stop or a comma alone may be the address's own: a page's title ends in one.
    expect(isHttpUrl("https://en.wikipedia.org/wiki/Agents_of_S.H.I.E.L.D.")).toBe(true);
    expect(isHttpUrl("https://en.wikipedia.org/wiki/Netflix,_Inc.")).toBe(true);
    // A Wikipedia page's own bracket, and a text fragment quoting its sentence's full stop, are the address's.
    expect(isHttpUrl("https://en.wikipedia.org/wiki/Daredevil_(TV_series)")).toBe(true);
    expect(isHttpUrl("https://example.com/a#:~:text=Luke%20Cage%20premieres%20September%2030.")).toBe(true);
  });
});
