import { describe, expect, it } from "vitest";
import { itemOutcomeWords } from "../../../src/model/itemOutcomeWords.ts";
import { prepareDataset, viewOn } from "../prepareText.ts";
import { cite, dataset, day, event, SOURCES } from "./build.ts";

describe("itemOutcomeWords()", () => {
  // Production: October 2016 on 11 May; it began on 3 April 2017. Release: 2017, premiered 8 March 2018 (an undated page).
  const prepared = prepareDataset(
    JSON.stringify(
      dataset(
        [
          event(
            "production",
            [
              cite("may11", { claim: { start: "2016-10" } }),
              cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
            ],
            { start: "2016-10", label: "Production begins" },
          ),
          event(
            "release",
            [cite("may2"), cite("undated", { claim: { start: "2018-03-08" }, outcome: true })],
            {
              kind: "release",
              start: "2017",
              label: "Premiere",
            },
          ),
        ],
        SOURCES,
      ),
    ),
  );
  const wordsOn = (on: number, id: string) => {
    const { items, overlays } = viewOn(prepared, on);
    const item = items.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${id}`);
    return itemOutcomeWords(item, overlays.get(id)?.actual);
  };

  it("says how far what happened missed the date drawn, as the table does", () => {
    expect(wordsOn(Infinity, "production")).toMatch(
      /^reported: October 2016; started 3 April 2017 \(Publisher later\); 154 days after the reported start$/,
    );
    expect(wordsOn(Infinity, "release")).toMatch(/; 67 days after the reported window$/);
  });

  it("says no miss without the day's outcome, nor any outcome before it was known", () => {
    const { items } = viewOn(prepared, Infinity);
    const production = items.find((i) => i.id === "production");
    expect(production && itemOutcomeWords(production)).toMatch(/\(Publisher later\)$/);
    expect(wordsOn(day(2016, 5, 11), "production")).toBeNull();
  });
});
