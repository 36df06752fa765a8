import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FilterPanel } from "../../src/components/FilterPanel.tsx";
import type { Show } from "../../src/data/schema.ts";
import { NO_FILTERS, type Filters } from "../../src/model/filterItems.ts";
import type { ItemCounts } from "../../src/model/itemCounts.ts";

// A big dataset's shape: 2,000 shows, 5 events each, and three publishers.
const SHOWS: Show[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `show-${i + 1}`,
  title: `Show ${String(i + 1).padStart(4, "0")}`,
}));
SHOWS[1233] = { id: "show-1234", title: "Daredevil" };
const PUBLISHERS = ["Deadline", "Variety", "The Hollywood Reporter"];
const COUNTS: ItemCounts = {
  shows: new Map(SHOWS.map((s) => [s.id, 5])),
  kinds: new Map([["release", 10_000]]),
  certainties: new Map([["confirmed", 10_000]]),
  publishers: new Map(PUBLISHERS.map((p) => [p, 1])),
};

/** The panel as the page renders it, over SHOWS unless told otherwise. */
function element(
  onChange: (filters: Filters) => void,
  filters: Filters = NO_FILTERS,
  shows: readonly Show[] = SHOWS,
  count = 10_000,
) {
  return (
    <FilterPanel
      filters={filters}
      shows={shows}
      publishers={PUBLISHERS}
      counts={COUNTS}
      shown={count}
      total={count}
      onChange={onChange}
    />
  );
}

function panel(filters: Filters = NO_FILTERS, shows: readonly Show[] = SHOWS) {
  const onChange = vi.fn();
  const view = render(element(onChange, filters, shows));
  const shown = () => within(screen.getByRole("group", { name: "Shows" }));
  return { onChange, view, shown };
}

describe("the filter panel with 2,000 shows", () => {
  it("lists 40 shows, says how many more there are, and offers a finder", () => {
    const { view, shown } = panel();
    expect(shown().getAllByRole("checkbox")).toHaveLength(40);
    expect(shown().getByRole("list", { name: "Shows found" })).toBeInTheDocument();
    expect(shown().getByText("40 of 2,000 listed — type to narrow")).toBeInTheDocument();
    expect(shown().getByRole("searchbox", { name: "Find a show" })).toBeInTheDocument();
    // Bounded: a few hundred elements, not a label, a box and a count per show.
    expect(view.container.querySelectorAll("*").length).toBeLessThan(400);
    // Short groups are as they were: a checkbox each, no finder.
    const kinds = within(screen.getByRole("group", { name: "Kinds" }));
    expect(kinds.queryByRole("searchbox")).toBeNull();
    expect(kinds.getAllByRole("checkbox").length).toBeGreaterThan(1);
  });

  it("typing narrows the list by name, in any case", async () => {
    const user = userEvent.setup();
    const { shown } = panel();
    await user.type(shown().getByRole("searchbox", { name: "Find a show" }), "show 001");
    expect(
      shown()
        .getAllByRole("checkbox")
        .map((c) => c.closest("label")?.textContent?.trim()),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `Show ${String(10 + i).padStart(4, "0")} (5)`));
    expect(shown().getByText("10 found")).toBeInTheDocument();
    await user.clear(shown().getByRole("searchbox"));
    await user.type(shown().getByRole("searchbox"), "DAREDEV");
    expect(shown().getByRole("checkbox", { name: "Daredevil (5)" })).toBeChecked();
    await user.type(shown().getByRole("searchbox"), "x");
    expect(shown().queryByRole("checkbox")).toBeNull();
    expect(shown().getByText("Nothing matches “DAREDEVx”")).toBeInTheDocument();
  });

  it("Clear filters also empties the finder, so that every show is listed again", async () => {
    const user = userEvent.setup();
    const { view, shown } = panel({ ...NO_FILTERS, shows: ["show-2"] });
    await user.type(shown().getByRole("searchbox", { name: "Find a show" }), "show 0002");
    expect(shown().getAllByRole("checkbox")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    // The page answers with no filters.
    view.rerender(element(vi.fn()));
    expect(shown().getByRole("searchbox", { name: "Find a show" })).toHaveValue("");
    expect(shown().getAllByRole("checkbox")).toHaveLength(40);
  });

  it("unchecking a found show filters it out, and every other show keeps its state", async () => {
    const user = userEvent.setup();
    const without7 = SHOWS.map((s) => s.id).filter((id) => id !== "show-7");
    const { onChange, shown } = panel({ ...NO_FILTERS, shows: without7 });
    await user.type(shown().getByRole("searchbox", { name: "Find a show" }), "daredevil");
    await user.click(shown().getByRole("checkbox", { name: "Daredevil (5)" }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = onChange.mock.calls[0]![0] as Filters;
    expect(next.shows).toEqual(without7.filter((id) => id !== "show-1234"));
    expect(next.kinds).toBeNull();
  });

  it("checking the last unchecked show clears the filter, as with a short list", async () => {
    const user = userEvent.setup();
    const { onChange, shown } = panel({
      ...NO_FILTERS,
      shows: SHOWS.map((s) => s.id).filter((id) => id !== "show-7"),
    });
    // The unchecked show is listed first, whatever its place.
    const first = shown().getAllByRole("checkbox")[0]!;
    expect(first).toHaveAccessibleName("Show 0007 (5)");
    expect(first).not.toBeChecked();
    await user.click(first);
    expect((onChange.mock.calls[0]![0] as Filters).shows).toBeNull();
  });

  it("All and None choose the whole group, found or not", async () => {
    const user = userEvent.setup();
    const { onChange, shown, view } = panel({ ...NO_FILTERS, shows: ["show-3"] });
    await user.type(shown().getByRole("searchbox"), "Daredevil");
    await user.click(shown().getByRole("button", { name: "None" }));
    expect((onChange.mock.calls[0]![0] as Filters).shows).toEqual([]);
    await user.click(shown().getByRole("button", { name: "All" }));
    expect((onChange.mock.calls[1]![0] as Filters).shows).toBeNull();
    view.rerender(element(onChange, NO_FILTERS, SHOWS, 1));
    expect(shown().getByRole("button", { name: "All" })).toHaveAttribute("aria-disabled", "true");
    expect(shown().getByRole("button", { name: "None" })).not.toHaveAttribute("aria-disabled");
  });

  it("Tab reaches the finder, All (which says it does nothing: every show is on), None, then the listed shows", async () => {
    const user = userEvent.setup();
    const { shown } = panel();
    screen.getByRole("searchbox", { name: "Search labels and quotes" }).focus();
    await user.tab();
    expect(shown().getByRole("searchbox", { name: "Find a show" })).toHaveFocus();
    await user.tab();
    expect(shown().getByRole("button", { name: "All" })).toHaveFocus();
    await user.tab();
    expect(shown().getByRole("button", { name: "None" })).toHaveFocus();
    await user.tab();
    expect(shown().getByRole("checkbox", { name: "Show 0001 (5)" })).toHaveFocus();
  });

  it("a group of 40 or fewer shows is a checkbox each, with no finder", () => {
    const { shown } = panel(NO_FILTERS, SHOWS.slice(0, 40));
    expect(shown().getAllByRole("checkbox")).toHaveLength(40);
    expect(shown().queryByRole("searchbox")).toBeNull();
    expect(shown().queryByRole("button")).toBeNull();
  });
});

describe("the filter panel's count", () => {
  it("counts one event in the singular, and groups the digits of many", () => {
    const { rerender } = render(element(vi.fn(), NO_FILTERS, SHOWS, 1));
    expect(screen.getByRole("status")).toHaveTextContent("1 of 1 event shown");
    rerender(element(vi.fn(), NO_FILTERS, SHOWS, 10_000));
    expect(screen.getByRole("status")).toHaveTextContent("10,000 of 10,000 events shown");
  });
});
