import { describe, expect, it } from "vitest";
import { itemTally } from "../../../src/model/itemTally.ts";
import { event, items } from "./build.ts";

describe("itemTally()", () => {
  it("itemTally() counts the shows that have items and the items with no announced date", () => {
    const tally = itemTally(
      items([
        event("dd-release", { season: 1, start: "2015-04-10" }),
        event("dd-undated", { season: 2 }),
        event("lc-undated", { show: "luke-cage" }),
      ]),
    );
    expect(tally).toEqual({ shows: 2, undated: 2 });
  });

  it("itemTally() of no items is nothing", () => {
    expect(itemTally([])).toEqual({ shows: 0, undated: 0 });
  });
});
