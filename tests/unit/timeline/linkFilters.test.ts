import { describe, expect, it } from "vitest";
import { knownFilters, NO_FILTERS } from "../../../src/model/filterItems.ts";
import { linkFilters, type LinkFilters } from "../../../src/model/linkFilters.ts";
import { DEFAULT_VIEW, readViewState, writeViewState } from "../../../src/model/viewState.ts";

const SHOW_IDS = Array.from({ length: 2_000 }, (_, i) => `show-${i + 1}`);
const SHOWS = SHOW_IDS.map((id) => ({ id, title: id.toUpperCase() }));
const PUBLISHERS = ["Deadline, Inc.", "Variety", "Variety", "TVLine"];
const CONTEXT = { shows: SHOWS, publishers: PUBLISHERS };

const url = (filters: LinkFilters) => writeViewState({ ...DEFAULT_VIEW, filters }, new URLSearchParams());

describe("linkFilters()", () => {
  it("names the one show left out of 2,000, not the 1,999 chosen", () => {
    const chosen = SHOW_IDS.filter((id) => id !== "show-7");
    const link = linkFilters({ ...NO_FILTERS, shows: chosen }, CONTEXT);
    expect(link.shows).toEqual({ except: ["show-7"] });
    expect(url(link).toString()).toBe("show-except=show-7");
  });

  it("writes no filter at all when every show is chosen (a hidden item's show let back in), not show-except=", () => {
    const link = linkFilters({ ...NO_FILTERS, shows: SHOW_IDS }, CONTEXT);
    expect(link.shows).toBeNull();
    expect(url(link).toString()).toBe("");
  });

  it("names the chosen shows when they are the shorter list", () => {
    const link = linkFilters({ ...NO_FILTERS, shows: ["show-1", "show-2"] }, CONTEXT);
    expect(link.shows).toEqual(["show-1", "show-2"]);
  });

  it("names a publisher left out once, however many sources it wrote", () => {
    const link = linkFilters({ ...NO_FILTERS, publishers: ["Deadline, Inc.", "TVLine"] }, CONTEXT);
    expect(link.publishers).toEqual({ except: ["Variety"] });
    expect(url(link).toString()).toBe("publisher-except=Variety");
  });

  it("keeps naming the chosen kinds and certainties, whose lists are short", () => {
    const filters = {
      ...NO_FILTERS,
      kinds: ["filming", "release", "announcement"],
      certainties: ["confirmed"],
    };
    expect(linkFilters(filters, CONTEXT)).toEqual(filters);
  });

  it("leaves no filter as no filter", () => {
    expect(linkFilters(NO_FILTERS, CONTEXT)).toEqual(NO_FILTERS);
  });
});

describe("a link's filters, read back and resolved against the dataset", () => {
  const resolve = (query: string) =>
    knownFilters(readViewState(new URLSearchParams(query)).filters, SHOW_IDS, PUBLISHERS);

  it("a link leaving one show out shows every other", () => {
    const shows = resolve("show-except=show-7").shows;
    expect(shows).toHaveLength(1_999);
    expect(shows).not.toContain("show-7");
  });

  it("round-trips what the panel chose, through the shorter form", () => {
    const chosen = { ...NO_FILTERS, shows: SHOW_IDS.slice(1), publishers: ["Deadline, Inc.", "Variety"] };
    const query = url(linkFilters(chosen, CONTEXT)).toString();
    expect(query).toBe("show-except=show-1&publisher-except=TVLine");
    expect(resolve(query)).toEqual(chosen);
  });

  it("a link leaving out only shows the dataset does not hold filters nothing", () => {
    expect(resolve("show-except=gone,also-gone").shows).toBeNull();
    expect(resolve("show-except=").shows).toBeNull();
  });

  it("a list of chosen shows wins over a list of shows left out", () => {
    expect(resolve("show=show-3&show-except=show-3").shows).toEqual(["show-3"]);
  });

  it("a link naming only unknown shows filters nothing, and unknown ones are dropped", () => {
    expect(resolve("show=gone").shows).toBeNull();
    expect(resolve("show=gone,show-2").shows).toEqual(["show-2"]);
    expect(resolve("show=").shows).toEqual([]);
  });

  it("kinds have no form for what is left out", () => {
    expect(resolve("kind-except=filming").kinds).toBeNull();
  });
});
