import { describe, expect, it } from "vitest";
import { FILTERS } from "../../../src/model/filterDescriptors.ts";
import { filterItems, NO_FILTERS } from "../../../src/model/filterItems.ts";
import { itemCounts } from "../../../src/model/itemCounts.ts";
import { DEFAULT_VIEW, readViewState, writeViewState } from "../../../src/model/viewState.ts";
import { event, items } from "./build.ts";

const ITEMS = items([
  event("a", { kind: "release", certainty: "confirmed", show: "daredevil" }),
  event("b", {
    kind: "announcement",
    certainty: "speculative",
    show: "luke-cage",
    citations: [{ source: "deadline", quote: "Quote." }],
  }),
]);

describe.each(FILTERS.map((f) => [f.key, f] as const))("the %s filter, from its one descriptor", (key, f) => {
  const first = f.of(ITEMS[0]!)[0]!;

  it("goes into the URL and back", () => {
    const state = { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, [key]: [first] } };
    const params = writeViewState(state, new URLSearchParams());
    expect(params.has(f.param)).toBe(true);
    expect(readViewState(params).filters[key]).toEqual([first]);
  });

  it("keeps only the items with a chosen value, and its counts say how many", () => {
    const kept = filterItems(ITEMS, { ...NO_FILTERS, [key]: [first] });
    expect(kept.map((i) => i.id)).toEqual(["a"]);
    expect(itemCounts(ITEMS)[key].get(first)).toBe(1);
  });
});
