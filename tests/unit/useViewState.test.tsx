import { act, render } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useUrlWindow } from "../../src/components/useUrlWindow.ts";
import { useViewState } from "../../src/components/useViewState.ts";
import { NO_FILTERS } from "../../src/model/filterItems.ts";
import type { ViewState } from "../../src/model/viewState.ts";

type Update = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;

/** A page that counts its renders and hands out its update function. */
function Page({ renders, got }: { readonly renders: string[]; readonly got: (update: Update) => void }) {
  const { state, update } = useViewState();
  renders.push(state.selected ?? "none");
  useEffect(() => got(update), [got, update]);
  return null;
}

function Chart({ windows }: { readonly windows: string[] }) {
  const window = useUrlWindow();
  windows.push(window ? `${window.from}/${window.to}` : "fitted");
  return null;
}

/** Writes the URL as a zoom's end does: through wouter, which tells its listeners. */
const replace = (search: string) => act(() => window.history.replaceState(null, "", `/?${search}`));

function setup(search: string) {
  window.history.replaceState(null, "", `/?${search}`);
  const renders: string[] = [];
  const windows: string[] = [];
  let update: Update = () => {};
  render(
    <>
      <Page renders={renders} got={(u) => (update = u)} />
      <Chart windows={windows} />
    </>,
  );
  return { renders, windows, update: (change: Partial<ViewState>) => act(() => update(change)) };
}

afterEach(() => window.history.replaceState(null, "", "/"));

describe("the view state in the URL", () => {
  it("writes a filter's list with plain commas, as a link is read and typed", () => {
    const { update } = setup("data=a.json");
    update({ filters: { ...NO_FILTERS, shows: ["daredevil", "luke-cage"] } });
    expect(window.location.search).toBe("?data=a.json&show=daredevil,luke-cage");
    // Publishers repeat the key: a comma inside a name is not a list's.
    update({ filters: { ...NO_FILTERS, publishers: ["Deadline, Inc."] } });
    expect(new URLSearchParams(window.location.search).getAll("publisher")).toEqual(["Deadline, Inc."]);
  });

  it("a zoom's window write renders the chart again, not the page", () => {
    const { renders, windows } = setup("data=a.json");
    const pageRenders = renders.length;
    replace("data=a.json&from=2015-01-01&to=2016-01-01");
    expect(renders).toHaveLength(pageRenders);
    expect(windows.at(-1)).toBe("2015-01-01/2016-01-01");
  });

  it("a change to the view renders the page, and keeps a window written since its last render", () => {
    const { renders, update } = setup("data=a.json");
    replace("data=a.json&from=2015-01-01&to=2016-01-01");
    update({ selected: "ironfist-s1" });
    expect(renders.at(-1)).toBe("ironfist-s1");
    const params = new URLSearchParams(window.location.search);
    expect([params.get("from"), params.get("to"), params.get("event")]).toEqual([
      "2015-01-01",
      "2016-01-01",
      "ironfist-s1",
    ]);
  });

  it("a change to what the URL says already adds no history entry, and renders nothing", () => {
    const { renders, update } = setup("data=a.json&event=ironfist-s1");
    const entries = window.history.length;
    const pageRenders = renders.length;
    update({ selected: "ironfist-s1" });
    update({ window: null });
    expect(window.history.length).toBe(entries);
    expect(renders).toHaveLength(pageRenders);
    update({ selected: "luke-cage-s1" });
    expect(window.history.length).toBe(entries + 1);
  });
});
