import { describe, expect, it } from "vitest";
import { printable } from "../../src/data/printable.ts";

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
