import { describe, expect, it } from "vitest";
import { printable } from "../../src/data/printable.ts";
import { printablePair } from "../../src/data/printablePair.ts";

describe("printable()", () => {
  it.each([
    ["a right-to-left override", "\u202Egnp.exe", "\\u{202E}gnp.exe"],
    ["a left-to-right isolate", "a\u2066b", "a\\u{2066}b"],
    ["a tab and a newline", "a\tb\nc", "a\\u{9}b\\u{A}c"],
    ["a soft hyphen", "a\u00ADb", "a\\u{AD}b"],
    ["a Hangul filler", "a\u3164b", "a\\u{3164}b"],
    ["a tag character", "a\u{E0041}b", "a\\u{E0041}b"],
    ["a zero-width joiner", "a\u200Db", "a\\u{200D}b"],
    ["a line separator", "a\u2028b", "a\\u{2028}b"],
  ])("shows %s as a visible escape", (_, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it("printablePair shows the spaces other than U+0020 of two texts that would look the same, and only then", () => {
    expect(printablePair("Luke\u00a0Cage", "Luke Cage")).toEqual(["Luke\\u{A0}Cage", "Luke Cage"]);
    expect(printablePair("Luke\u202fCage\u00a0", "Luke Cage\u2009")).toEqual([
      "Luke\\u{202F}Cage\\u{A0}",
      "Luke Cage\\u{2009}",
    ]);
    // Told apart by their letters: no space is escaped.
    expect(printablePair("Luke\u00a0Cage", "Luke Cages")).toEqual(["Luke\u00a0Cage", "Luke Cages"]);
  });

  it("leaves ordinary text, accents and right-to-left letters alone", () => {
    expect(printable("Jessica Jones — Ünïcode مرحبا")).toBe("Jessica Jones — Ünïcode مرحبا");
  });

  it("cuts a 1 MB text to the cap, with an ellipsis", () => {
    const shown = printable("k".repeat(1_000_000));
    expect(shown).toBe(`${"k".repeat(80)}…`);
    expect(printable("k".repeat(500), 10)).toBe(`${"k".repeat(10)}…`);
  });

  it("cuts by characters, never inside an emoji's surrogate pair", () => {
    expect(printable("😀".repeat(100), 3)).toBe("😀😀😀…");
  });

  it("does not cut text that fits exactly", () => {
    expect(printable("k".repeat(80))).toBe("k".repeat(80));
  });
});
