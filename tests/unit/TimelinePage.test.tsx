import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TimelinePage } from "../../src/components/TimelinePage.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";

const good = readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8");

function serve(...bodies: (string | number)[]) {
  const fetch = vi.fn();
  for (const body of bodies) {
    fetch.mockResolvedValueOnce(
      typeof body === "number"
        ? new Response("", { status: body, statusText: "Not Found" })
        : new Response(body),
    );
  }
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** The one of `elements` that `keep` accepts. */
function theOne(elements: HTMLElement[], keep: (element: HTMLElement) => boolean): HTMLElement {
  const [one, ...more] = elements.filter(keep);
  expect(more).toHaveLength(0);
  return one!;
}

const props = (url: string) => ({ url, dark: false, sourcePath: (id: string) => `/sources/${id}` });

beforeEach(() => {
  window.history.replaceState(null, "", "/?view=table");
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("<TimelinePage>", () => {
  it("shows each show's events as a table with date in words, certainty and quotes", async () => {
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    const table = await screen.findByRole("table", { name: /Show A/ });
    const row = within(table).getByRole("row", { name: /Show A filming/ });
    expect(within(row).getByRole("button", { name: "Show A filming" })).toBeInTheDocument();
    expect(row).toHaveTextContent("May 2016");
    expect(row).toHaveTextContent("Reported");
    expect(row).toHaveTextContent("“Filming starts in May 2016, the studio said.”");
    expect(row).toHaveTextContent("Example News, 11 May 2016");
    expect(within(table).getByRole("row", { name: /Show A premieres/ })).toHaveTextContent(
      "date not announced",
    );
  });

  it("shows an alert saying what is wrong when the file is not JSON", async () => {
    serve("{ not json");
    renderWithQuery(<TimelinePage {...props("/data/broken.json")} />);
    expect(await screen.findByRole("alert")).toHaveTextContent(/not valid JSON/);
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("shows an alert when the events array is missing", async () => {
    serve(JSON.stringify({ shows: [], sources: [] }));
    renderWithQuery(<TimelinePage {...props("/data/partial.json")} />);
    expect(await screen.findByRole("alert")).toHaveTextContent('The dataset has no "events" array.');
  });

  it("offers a retry after a failed fetch, and loads on retry", async () => {
    const fetch = serve(404, good);
    renderWithQuery(<TimelinePage {...props("/data/missing.json")} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("404");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: /Show A/ })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("draws the valid items and lists each left-out one with id, path and reason", async () => {
    const dataset = JSON.parse(good) as { events: Record<string, unknown>[] };
    dataset.events.push({ ...dataset.events[0], id: "broken", start: "someday" });
    serve(JSON.stringify(dataset));
    renderWithQuery(<TimelinePage {...props("/data/mixed.json")} />);
    const warning = await screen.findByRole("region", { name: /left out \(1 problem\)/ });
    expect(warning).toHaveTextContent("events[2].start (id broken): is not a calendar date in EDTF");
    expect(screen.getAllByRole("row", { name: /Show A/ })).toHaveLength(2);
  });

  it("says by Save CSV and Save JSON that they hold only what was read, when problems left something out", async () => {
    const dataset = JSON.parse(good) as { events: Record<string, unknown>[] };
    dataset.events.push({ ...dataset.events[0], id: "broken", start: "someday" });
    serve(JSON.stringify(dataset));
    renderWithQuery(<TimelinePage {...props("/data/mixed.json")} />);
    await screen.findByRole("region", { name: /left out \(1 problem\)/ });
    const note =
      "The saved CSV and JSON hold only what was read: 1 problem, listed above, left part of the dataset out.";
    expect(screen.getByText(note)).toBeVisible();
    expect(screen.getByRole("button", { name: "Save JSON" })).toHaveAccessibleDescription(note);
    expect(screen.getByRole("button", { name: "Save CSV" })).toHaveAccessibleDescription(note);
  });

  it("says nothing of the kind when every problem kept its item (only worth checking)", async () => {
    serve(JSON.stringify({ ...(JSON.parse(good) as object), colour: "red" }));
    renderWithQuery(<TimelinePage {...props("/data/kept.json")} />);
    await screen.findByRole("region", { name: /worth checking \(1\)/ });
    expect(screen.queryByText(/hold only what was read/)).toBeNull();
    expect(screen.getByRole("button", { name: "Save JSON" })).not.toHaveAccessibleDescription();
  });

  it("Reported vs actual says so when the dataset records no outcome at all", async () => {
    window.history.replaceState(null, "", "/?view=table&actual=1&asof=end");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    expect(await screen.findByText(/This dataset records no outcomes/)).toHaveAttribute("role", "status");
    expect(screen.queryByText(/choose “How it turned out”/)).toBeNull();
  });

  it("keeps Reported vs actual's status line while the toggle is off, so that turning it on is announced", async () => {
    window.history.replaceState(null, "", "/?view=table&actual=1&asof=end");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    const note = await screen.findByText(/This dataset records no outcomes/);
    const toggle = screen.getByRole("button", { name: "Reported vs actual" });
    await userEvent.click(toggle);
    expect(note).toBeInTheDocument();
    expect(note).toBeEmptyDOMElement();
    await userEvent.click(toggle);
    expect(note).toHaveTextContent(/This dataset records no outcomes/);
  });

  it("Reported vs actual, on a day before any outcome, says to step on", async () => {
    const data = JSON.parse(good) as { events: { citations: object[] }[]; sources: { id: string }[] };
    const [first] = data.events;
    const source = data.sources[0]?.id;
    if (!first || !source) throw new Error("good.json has no event or source");
    first.citations.push({
      source,
      quote: "Filming began on 20 May.",
      outcome: true,
      claim: { start: "2016-05-20" },
    });
    window.history.replaceState(null, "", "/?view=table&actual=1&asof=2016-05-15");
    serve(JSON.stringify(data));
    renderWithQuery(<TimelinePage {...props("/data/outcome.json")} />);
    expect(await screen.findByText(/Nothing reported had happened yet by this day/)).toBeInTheDocument();
  });

  it("on a day before the first report the chart says nothing was reported yet, not that filters hide it", async () => {
    window.history.replaceState(null, "", "/?asof=2016-01-01");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    expect(
      await screen.findByText("Nothing had been reported by this day: step on to the first report."),
    ).toBeInTheDocument();
    expect(screen.queryByText("No events match the filters.")).toBeNull();
  });

  it("so does the table", async () => {
    window.history.replaceState(null, "", "/?asof=2016-01-01&view=table");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    expect(
      await screen.findByText("Nothing had been reported by this day: step on to the first report."),
    ).toBeInTheDocument();
  });

  it("a dataset whose every event was left out says so, not that nothing was reported by the day", async () => {
    const data = JSON.parse(good) as { events: Record<string, unknown>[] };
    for (const event of data.events) event["start"] = "soonish";
    serve(JSON.stringify(data));
    renderWithQuery(<TimelinePage {...props("/data/broken.json")} />);
    expect(
      await screen.findByText("Every event was left out: the problems above say why."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Nothing had been reported/)).toBeNull();
  });

  it("a dataset of no events says so, not that every event was left out for problems it does not have", async () => {
    // With a problem that left nothing out (a key the format does not know), all the same.
    const data = JSON.parse(good) as { events: unknown[]; colour?: string };
    data.events = [];
    data.colour = "red";
    serve(JSON.stringify(data));
    renderWithQuery(<TimelinePage {...props("/data/none.json")} />);
    expect(await screen.findByText("This dataset has no events.")).toBeInTheDocument();
    expect(screen.queryByText(/left out/)).toBeNull();
  });
});

describe("an empty view the filters made", () => {
  /** The view's own "Clear filters", not the filter panel's. */
  const viewsClear = () =>
    theOne(screen.getAllByRole("button", { name: "Clear filters" }), (b) => b.closest(".filters") === null);
  /** The page at `search` on the fixture, once it says nothing matches: that message and the view's button. */
  const openedEmpty = async (search: string) => {
    window.history.replaceState(null, "", search);
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    const message = await screen.findByText("No events match the filters.");
    return { message, clear: viewsClear() };
  };

  it("offers Clear filters beside its message: the chart comes back, focus on it", async () => {
    const { message, clear } = await openedEmpty("/?q=no-such-words");
    // The message ends the chart's frame; the button comes right after it.
    const chart = screen.getByRole("group", { name: /^Timeline: / });
    expect(chart.lastElementChild).toBe(message);
    expect(chart.nextElementSibling).toContainElement(clear);
    await userEvent.click(clear);
    expect(window.location.search).toBe("");
    expect(chart).toHaveFocus();
    expect(await within(chart).findAllByRole("button", { name: /Show A filming/ })).not.toHaveLength(0);
    expect(screen.queryByText("No events match the filters.")).toBeNull();
  });

  it("has nothing to zoom or pan: the zoom buttons say they do nothing, Fit too with no window kept", async () => {
    await openedEmpty("/?q=no-such-words");
    const zoom = screen.getByRole("group", { name: "Zoom" });
    for (const name of ["Zoom in", "Zoom out", "Pan earlier", "Pan later", "Fit"])
      expect(within(zoom).getByRole("button", { name }), name).toHaveAttribute("aria-disabled", "true");
  });

  it("so does the table, focus on the table's box", async () => {
    const { message, clear } = await openedEmpty("/?view=table&q=no-such-words");
    expect(message.nextElementSibling).toContainElement(clear);
    await userEvent.click(clear);
    expect(window.location.search).toBe("?view=table");
    const table = await screen.findByRole("table", { name: /Show A/ });
    expect(document.activeElement).toHaveClass("dataset-table");
    expect(document.activeElement).toContainElement(table);
  });

  it("offers none before the first report, when clearing would show nothing", async () => {
    window.history.replaceState(null, "", "/?asof=2016-01-01&q=no-such-words");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    await screen.findByText("Nothing had been reported by this day: step on to the first report.");
    expect(
      screen
        .queryAllByRole("button", { name: "Clear filters" })
        .filter((b) => b.closest(".filters") === null),
    ).toHaveLength(0);
  });
});

describe("the filter panel", () => {
  it("keeps the search's focus when typing brings events back to a view opened empty", async () => {
    // As in a browser: the chart has not drawn yet, and says so only when it has (never, here).
    performance.clearMarks();
    vi.stubGlobal(
      "PerformanceObserver",
      class {
        observe() {}
        disconnect() {}
      },
    );
    window.history.replaceState(null, "", "/?q=zzz");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    await screen.findByText("No events match the filters.");
    const search = await screen.findByRole("searchbox", { name: "Search labels and quotes" });
    await userEvent.click(search);
    await userEvent.keyboard("{Backspace}{Backspace}{Backspace}");
    expect(await screen.findByRole("group", { name: /^Timeline: / })).toBeInTheDocument();
    await screen.findByText("2 of 2 events shown");
    expect(screen.getByRole("searchbox", { name: "Search labels and quotes" })).toHaveFocus();
  });
});

describe("a hidden item's notice", () => {
  it("dismissed, leaves focus on the view, not on the page's body", async () => {
    window.history.replaceState(null, "", "/?kind=release&event=a-filming");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    const why = "“Show A filming” is hidden by the kind filter.";
    // Seen in the notice, with its buttons; said in the live region, without them.
    expect(await screen.findAllByText(why)).toHaveLength(2);
    expect(screen.getByText(why, { selector: "[role=status] p" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryAllByText(why)).toHaveLength(0);
    expect(screen.getByRole("group", { name: /^Timeline: / })).toHaveFocus();
  });
});

describe("the citations panel's order, to an event not shown", () => {
  /** The panel's one line under "Order". */
  const orderLine = (panel: HTMLElement) =>
    theOne(within(panel).getAllByRole("listitem"), (li) => li.textContent.startsWith("after"));

  it("names an event the filters hide (title and show), says what hides it, and shows and opens it", async () => {
    // Show A premieres after Show A filming, which the kind filter hides.
    window.history.replaceState(null, "", "/?event=a-release&kind=release");
    serve(good);
    renderWithQuery(<TimelinePage {...props("/data/good.json")} />);
    const panel = await screen.findByRole("dialog", { name: "Show A premieres" });
    // The items shown follow the filters in a render React may defer: the line says so once they have.
    await waitFor(() =>
      expect(orderLine(panel)).toHaveTextContent(
        "after “Show A filming” (Show A), hidden by the kind filter.",
      ),
    );
    const order = orderLine(panel);
    expect(order).not.toHaveTextContent("a-filming");
    const show = within(order).getByRole("button", { name: "Show Filming too and open it" });
    expect(show).toHaveAccessibleDescription("hidden by the kind filter");
    await userEvent.click(show);
    const opened = await screen.findByRole("dialog", { name: "Show A filming" });
    expect(within(opened).getByRole("heading", { level: 2 })).toHaveFocus();
    expect(new URLSearchParams(window.location.search).get("event")).toBe("a-filming");
  });
});
