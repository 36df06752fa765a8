import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findKey } from "../../src/model/findKey.ts";
import { findValues } from "../../src/model/findValues.ts";

const TITLES = [
  "Daredevil",
  "Jessica Jones",
  "Luke Cage",
  "Iron Fist",
  "The Defenders",
  "The Punisher",
  "Pokémon",
];
const IDS = TITLES.map((t) => t.toLowerCase().replace(/\W+/g, "-"));
const KEYS = TITLES.map(findKey);
const find = (query: string, chosen: readonly string[] | null = null, limit = 40) =>
  findValues(IDS, KEYS, query, chosen, limit);

describe("finding a filter's values by name", () => {
  it("matches a piece of the name anywhere, in any case, without accents", () => {
    expect(find("DE").listed).toEqual(["daredevil", "the-defenders"]);
    expect(find("  cage ").listed).toEqual(["luke-cage"]);
    expect(find("pokemon").listed).toEqual(["pok-mon"]);
    expect(find("POKÉ").listed).toEqual(["pok-mon"]);
    expect(find("the p")).toEqual({ listed: ["the-punisher"], matches: 1 });
    expect(find("moon knight")).toEqual({ listed: [], matches: 0 });
  });

  it("an empty box lists every value, in the group's order, up to the limit, and counts them all", () => {
    expect(find("")).toEqual({ listed: IDS, matches: 7 });
    expect(find("", null, 3)).toEqual({ listed: ["daredevil", "jessica-jones", "luke-cage"], matches: 7 });
    expect(find("e", null, 2)).toEqual({ listed: ["daredevil", "jessica-jones"], matches: 6 });
  });

  it("lists the unchecked values first when most are checked, the checked ones when few are", () => {
    const mostChecked = IDS.filter((id) => id !== "the-punisher" && id !== "iron-fist");
    expect(find("", mostChecked, 3).listed).toEqual(["iron-fist", "the-punisher", "daredevil"]);
    expect(find("", ["the-defenders"], 2).listed).toEqual(["the-defenders", "daredevil"]);
    // None checked: nothing stands out.
    expect(find("", [], 2).listed).toEqual(["daredevil", "jessica-jones"]);
    // The exceptions that do not match the text stay out.
    expect(find("jones", ["the-defenders"], 2)).toEqual({ listed: ["jessica-jones"], matches: 1 });
  });

  it("lists exactly the matches up to the limit, each once, whatever the selection", () => {
    const name = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 30 }),
        fc.string({ maxLength: 2 }),
        fc.option(fc.subarray([...Array(30).keys()])),
        fc.integer({ min: 0, max: 10 }),
        (names, query, picked, limit) => {
          const values = names.map((_, i) => `v${i}`);
          const keys = names.map(findKey);
          const chosen = picked === null ? null : picked.map((i) => `v${i}`);
          const { listed, matches } = findValues(values, keys, query, chosen, limit);
          const matching = values.filter((_, i) => keys[i]!.includes(findKey(query.trim())));
          expect(matches).toBe(matching.length);
          expect(listed).toHaveLength(Math.min(limit, matching.length));
          expect(new Set(listed).size).toBe(listed.length);
          for (const v of listed) expect(matching).toContain(v);
        },
      ),
    );
  });
});
