import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textEms, textWidth } from "../../src/scene/textWidth.ts";

/** Widths measured in Debian's Chromium: DejaVu Sans (its sans-serif) and Liberation Sans (Arial's metrics). */
const FACES = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../fixtures/fontWidths.json"), "utf8"),
) as Record<"DejaVu Sans" | "Liberation Sans", Record<string, number>>;
const faces = [FACES["DejaVu Sans"], FACES["Liberation Sans"]];
const drawn = (face: Record<string, number>, text: string) =>
  [...text].reduce((ems, ch) => ems + (face[ch] ?? 0), 0);

const ascii = fc.string({ unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)) });

/** Labels as they come: ASCII, accents, the ellipsis, emoji (surrogate pairs) and lone surrogates. */
const label = fc.string({
  unit: fc.oneof(
    fc.constantFrom("M", "W", "i", "l", " ", ".", "…", "é", "😀", "\uD83D", "\uDE00", "@", "Z", "a", "中"),
    fc.string({ unit: "grapheme", maxLength: 1 }),
    fc.string({ unit: "binary", maxLength: 1 }),
  ),
  maxLength: 80,
});

describe("textWidth()", () => {
  it("is never narrower than DejaVu Sans or Liberation Sans draws an ASCII text", () => {
    fc.assert(
      fc.property(ascii, fc.constantFrom(11, 12, 14), (text, size) => {
        for (const face of faces)
          expect(textWidth(text, size)).toBeGreaterThanOrEqual(drawn(face, text) * size);
      }),
    );
  });

  it("errs wide by little: a label of letters within a tenth of DejaVu Sans's width", () => {
    const text = "S3 listed among upcoming shows";
    const dejaVu = drawn(FACES["DejaVu Sans"], text) * 11;
    expect(textWidth(text, 11)).toBeGreaterThanOrEqual(dejaVu);
    expect(textWidth(text, 11)).toBeLessThan(dejaVu * 1.1);
  });

  it("measures a text after a prefix as it measures the two joined", () => {
    fc.assert(
      fc.property(label, label, (prefix, text) => {
        // A prefix ending in half an emoji and a text starting with its other half join into one character:
        // measured apart they are two. (The chart's prefix is a season tag, "S00 ".)
        fc.pre(!(/[\uD800-\uDBFF]$/.test(prefix) && /^[\uDC00-\uDFFF]/.test(text)));
        expect(textEms(text, textEms(prefix))).toBe(textEms(prefix + text));
      }),
    );
  });

  it("counts an emoji once, a CJK character as an em, a capital wider than a small letter", () => {
    expect(textWidth("😀", 100)).toBe(125);
    expect(textWidth("\uD83D", 100)).toBe(textWidth("é", 100));
    expect(textWidth("中文", 10)).toBe(20);
    expect(textWidth("A", 100)).toBeGreaterThan(textWidth("a", 100));
    expect(textWidth("…", 10)).toBe(10);
    // Symbols drawn as emoji, or nearly an em wide: "★★★★★ premiere" ran 3 px past its estimate.
    expect(textWidth("★✅", 100)).toBe(250);
  });
});
