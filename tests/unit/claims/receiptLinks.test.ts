import { describe, expect, it } from "vitest";
import { textFragmentUrl, waybackUrl } from "../../../src/model/receiptLinks.ts";

describe("textFragmentUrl()", () => {
  it("points at a short quote whole", () => {
    expect(textFragmentUrl("https://example.com/a", "Luke Cage premieres September 30.")).toBe(
      "https://example.com/a#:~:text=Luke%20Cage%20premieres%20September%2030.",
    );
  });

  it("points at a long quote by its first and last words", () => {
    expect(
      textFragmentUrl(
        "https://example.com/a",
        "the next series to release following Iron Fist is leaning toward The Defenders",
      ),
    ).toBe("https://example.com/a#:~:text=the%20next%20series%20to,leaning%20toward%20The%20Defenders");
  });

  it("percent-encodes the fragment syntax characters - & , and keeps curly quotes as UTF-8", () => {
    const url = textFragmentUrl("https://example.com/a", "back-to-back, R&D’s");
    expect(url).toBe("https://example.com/a#:~:text=back%2Dto%2Dback%2C%20R%26D%E2%80%99s");
    expect(decodeURIComponent(url.split("#:~:text=")[1]!)).toBe("back-to-back, R&D’s");
  });

  it("replaces a fragment the URL already had, and folds whitespace", () => {
    expect(textFragmentUrl("https://example.com/a#top", "two\u00a0 words")).toBe(
      "https://example.com/a#:~:text=two%20words",
    );
  });
});

describe("waybackUrl()", () => {
  it("asks for the copy nearest the publication day", () => {
    expect(waybackUrl("https://screenrant.com/x/", "2016-05-11")).toBe(
      "https://web.archive.org/web/20160511/https://screenrant.com/x/",
    );
  });

  it("lists the captures of an undated page", () => {
    expect(waybackUrl("https://example.com/x", null)).toBe(
      "https://web.archive.org/web/*/https://example.com/x",
    );
  });
});
