import { describe, expect, it } from "vitest";
import { NO_FILTERS, filterItems, type Filters } from "../../../src/model/filterItems.ts";
import { revealItem } from "../../../src/model/revealItem.ts";
import { SHOWS, event, items } from "./build.ts";

const [IRON_FIST] = items([
  event("if-release", {
    show: "iron-fist",
    kind: "release",
    label: "Iron Fist premieres",
    certainty: "reported",
    citations: [
      { source: "variety", quote: "Iron Fist arrives in March." },
      { source: "deadline", quote: "A date for Danny Rand." },
    ],
  }),
]);
const context = { shows: SHOWS, publishers: ["Variety", "Deadline, Inc."] };
const reveal = (filters: Partial<Filters>) => revealItem(IRON_FIST!, { ...NO_FILTERS, ...filters }, context);

describe("revealItem(): the least change to the filters that shows a linked item", () => {
  it("lets the item's show through, keeping every other choice (a search and a publisher it passes)", () => {
    const chosen = { shows: ["daredevil"], publishers: ["Deadline, Inc."], query: "danny" };
    expect(reveal(chosen)).toEqual({
      hiddenBy: "the show filter",
      action: "Show Iron Fist too and open it",
      filters: { ...NO_FILTERS, ...chosen, shows: ["daredevil", "iron-fist"] },
    });
  });

  it("says every filter that hides it, and clears only a search it does not match", () => {
    const shown = reveal({ kinds: ["filming"], certainties: ["confirmed"], query: "punisher" });
    expect(shown?.hiddenBy).toBe("the kind filter, the certainty filter and the search");
    expect(shown?.action).toBe("Show Release and Reported too, clear the search and open it");
    expect(filterItems([IRON_FIST!], shown!.filters)).toHaveLength(1);
    expect(shown?.filters).toEqual({
      ...NO_FILTERS,
      kinds: ["filming", "release"],
      certainties: ["confirmed", "reported"],
    });
    expect(reveal({ query: "punisher" })?.action).toBe("Clear the search and open it");
  });

  it("lets one of its publishers through, and is null when the filters do not hide it", () => {
    expect(reveal({ publishers: [] })?.filters.publishers).toEqual(["Variety"]);
    expect(reveal({ shows: ["iron-fist"], query: "MARCH" })).toBeNull();
  });
});
