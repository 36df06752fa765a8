import { describe, expect, it } from "vitest";
import { shortLabel } from "../../src/scene/shortLabel.ts";

const wide = 400;

describe("shortLabel()", () => {
  it("keeps the season and the words of the kind, not the show's title its row already shows", () => {
    expect(
      shortLabel({ label: "Jessica Jones season 2 production begins", season: 2 }, "Jessica Jones", 11, wide),
    ).toBe("S2 production begins");
  });

  it("leaves out a title in any script, or one that ends in a full stop, as it does any other", () => {
    expect(shortLabel({ label: "Сорвиголова выходит" }, "Сорвиголова", 11, wide)).toBe("Выходит");
    expect(
      shortLabel({ label: "Agents of S.H.I.E.L.D. premieres" }, "Agents of S.H.I.E.L.D.", 11, wide),
    ).toBe("Premieres");
    expect(shortLabel({ label: "Élite season 2 premieres", season: 2 }, "Élite", 11, wide)).toBe(
      "S2 premieres",
    );
    // Not a word of another: "Сорвиголовы" is not the show "Сорвиголова".
    expect(shortLabel({ label: "Сорвиголовы выходят" }, "Сорвиголов", 11, wide)).toBe("Сорвиголовы выходят");
  });

  it("drops parenthetical asides", () => {
    expect(
      shortLabel(
        { label: "Jessica Jones season 2 premieres (2017 at the earliest)", season: 2 },
        "Jessica Jones",
        11,
        wide,
      ),
    ).toBe("S2 premieres");
  });

  it("does not name the season twice when the label writes it in lower case", () => {
    expect(shortLabel({ label: "Show 001 s1 release", season: 1 }, "Show 001", 11, wide)).toBe("S1 release");
    expect(shortLabel({ label: "Release of s12", season: 1 }, "Show 001", 11, wide)).toBe(
      "S1 Release of s12",
    );
  });

  it("names the season when the label does not", () => {
    expect(
      shortLabel({ label: "Netflix reveals a Punisher series", season: 1 }, "The Punisher", 11, wide),
    ).toBe("S1 Netflix reveals a Punisher series");
  });

  it("cuts at a word, with an ellipsis, to fit the room", () => {
    const text = shortLabel(
      { label: "The Defenders must start filming by a contractual deadline" },
      "The Defenders",
      11,
      120,
    );
    expect(text).toMatch(/^Must start filming.*…$/);
  });

  it("cuts a label with no space to cut at (Chinese, a long compound) by characters, not down to its season", () => {
    const chinese = shortLabel({ label: "夜魔侠第一季在网飞上线并获得好评", season: 1 }, "夜魔侠", 11, 80);
    expect(chinese).toMatch(/^S1 夜魔侠.+…$/);
    const german = shortLabel(
      { label: "Dreharbeitenbeginnverschiebungsankündigung", season: 2 },
      "Show",
      11,
      100,
    );
    expect(german).toMatch(/^S2 Dreh.*…$/);
    // Nothing rather than "S…".
    expect(shortLabel({ label: "夜魔侠第一季在网飞上线", season: 1 }, "Show", 11, 16)).toBe("");
  });

  it("gives nothing when not even one word fits", () => {
    expect(
      shortLabel({ label: "Daredevil season 1 is out on Netflix", season: 1 }, "Daredevil", 11, 10),
    ).toBe("");
  });
});
