import { describe, expect, it } from "vitest";
import { itemOutcomeWords } from "../../../src/model/itemOutcomeWords.ts";
import { prepareDataset, viewOn } from "../prepareText.ts";
import { day } from "./build.ts";
import { productionAndPremiere } from "./productionAndPremiere.ts";

describe("itemOutcomeWords()", () => {
  const prepared = prepareDataset(JSON.stringify(productionAndPremiere()));
  const wordsOn = (on: number, id: string) => {
    const { items, overlays } = viewOn(prepared, on);
    const item = items.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${id}`);
    return itemOutcomeWords(item, overlays.get(id)?.actual);
  };

  it("says how far what happened missed the date drawn, as the table does", () => {
    expect(wordsOn(Infinity, "production")).toMatch(
      /^reported: October 2016; started 3 April 2017 \(Publisher later\); .*; 154 days after the reported start$/,
    );
    expect(wordsOn(Infinity, "release")).toMatch(/; 67 days after the reported window$/);
  });

  it("says no miss without the day's outcome, nor any outcome before it was known", () => {
    const { items } = viewOn(prepared, Infinity);
    const production = items.find((i) => i.id === "production");
    const words = production && itemOutcomeWords(production);
    expect(words).toMatch(/started 3 April 2017 \(Publisher later\)/);
    expect(words).not.toMatch(/after the reported/);
    expect(wordsOn(day(2016, 5, 11), "production")).toBeNull();
  });
});
