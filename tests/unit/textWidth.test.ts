import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textEms, textWidth } from "../../src/scene/textWidth.ts";

/** The estimate as first written, character by character with string searches: what the table must give. */
function byCharacter(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (" .,:;'|!il()[]".includes(ch)) em += 0.3;
    else if ("mwMW@".includes(ch)) em += 0.9;
    else if (ch >= "A" && ch <= "Z") em += 0.7;
    else if (ch === "…") em += 1;
    else em += 0.56;
  }
  return Math.ceil(em * size);
}

/** Labels as they come: ASCII, accents, the ellipsis, emoji (surrogate pairs) and lone surrogates. */
const label = fc.string({
  unit: fc.oneof(
    fc.constantFrom("M", "W", "i", "l", " ", ".", "…", "é", "😀", "\uD83D", "\uDE00", "@", "Z", "a"),
    fc.string({ unit: "grapheme", maxLength: 1 }),
    fc.string({ unit: "binary", maxLength: 1 }),
  ),
  maxLength: 80,
});

describe("textWidth()", () => {
  it("gives what measuring character by character gives, to the bit", () => {
    fc.assert(
      fc.property(label, fc.constantFrom(11, 12, 14), (text, size) => {
        expect(textWidth(text, size)).toBe(byCharacter(text, size));
      }),
    );
  });

  it("measures a text after a prefix as it measures the two joined", () => {
    fc.assert(
      fc.property(label, label, (prefix, text) => {
        // A prefix ending in half an emoji and a text starting with its other half join into one character:
        // measured apart they are two. (The chart's prefix is a season tag, "S00 ".)
        fc.pre(!(/[\uD800-\uDBFF]$/.test(prefix) && /^[\uDC00-\uDFFF]/.test(text)));
        expect(Math.ceil(textEms(text, textEms(prefix)) * 11)).toBe(byCharacter(prefix + text, 11));
      }),
    );
  });

  it("counts an emoji once, a capital wider than a small letter and an ellipsis as one em", () => {
    expect(textWidth("😀", 100)).toBe(textWidth("é", 100));
    expect(textWidth("A", 10)).toBeGreaterThan(textWidth("a", 10));
    expect(textWidth("…", 10)).toBe(10);
  });
});
