import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../src/components/App.tsx";
import { DatasetTable, FIRST_ROWS } from "../../src/components/DatasetTable.tsx";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import { prepareDataset, viewOn } from "./prepareText.ts";
import { showGroups } from "../../src/model/showGroups.ts";
import { cite, dataset, day, event } from "./claims/build.ts";
import { productionAndPremiere } from "./claims/productionAndPremiere.ts";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

/** The text of a row's cell under a column, the row found by its event's label. */
function cell(label: string, column: string): HTMLElement {
  const row = screen.getByRole("button", { name: label }).closest("tr");
  const table = row?.closest("table");
  if (!row || !table) throw new Error(`no row for ${label}`);
  const headers = within(table)
    .getAllByRole("columnheader")
    .map((h) => h.textContent);
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}: ${headers.join(", ")}`);
  const found = row.children[index];
  if (!(found instanceof HTMLElement)) throw new Error(`no cell ${column}`);
  return found;
}

const columns = () => screen.getAllByRole("columnheader").map((h) => h.textContent);

describe("the table as of a day, on a small dataset", () => {
  const prepared = prepareDataset(JSON.stringify(productionAndPremiere()));
  const table = (on: number, showActual: boolean) => {
    const { dataset: shown, items, overlays } = viewOn(prepared, on);
    return (
      <DatasetTable
        shows={shown.shows}
        items={items}
        selectedId={null}
        onSelect={() => {}}
        asOf={{ dataset: prepared.dataset, day: on, overlays, showActual }}
      />
    );
  };

  it("lists no earlier date on 2 May, and on 11 May the 2017 claim, linked to its quote and an archived copy", () => {
    const { rerender } = render(table(day(2016, 5, 2), false));
    expect(cell("Production begins", "Earlier reports")).toHaveTextContent("no earlier date");
    rerender(table(day(2016, 5, 11), false));
    const earlier = cell("Production begins", "Earlier reports");
    expect(earlier).toHaveTextContent(/^was 2017 \(Publisher may2, 2 May 2016 \(example\.com\)/);
    expect(within(earlier).getByRole("link", { name: /Publisher may2, 2 May 2016/ })).toHaveAttribute(
      "href",
      "https://example.com/may2#:~:text=Quote%20from%20may2.",
    );
    expect(within(earlier).getByRole("link", { name: /archived copy/ })).toHaveAttribute(
      "href",
      "https://web.archive.org/web/20160502/https://example.com/may2",
    );
  });

  it("shows what happened only with Reported vs actual, as the chart does", () => {
    render(table(Infinity, false));
    expect(columns()).not.toContain("What happened");
    expect(screen.queryByText(/started 3 April 2017/)).toBeNull();
  });

  it("hides an outcome before its own report day, then gives it with its receipt and the miss", () => {
    const { rerender } = render(table(day(2017, 4, 2), true));
    expect(cell("Production begins", "What happened")).toHaveTextContent("no outcome known by this day");
    rerender(table(day(2017, 4, 3), true));
    const happened = cell("Production begins", "What happened");
    expect(happened).toHaveTextContent(
      /^started 3 April 2017 \(Publisher later, 3 April 2017 \(example\.com\)/,
    );
    // Reported: October 2016; it began 154 days after the month's last day.
    expect(happened).toHaveTextContent(
      /archived copy \(web\.archive\.org\).*\); 154 days after the reported start$/,
    );
    expect(within(happened).getByRole("link", { name: /Publisher later/ })).toHaveAttribute(
      "href",
      "https://example.com/later#:~:text=Quote%20from%20later.",
    );
  });

  it("says the miss after the outcome it is measured from: the start, not the end given after it", () => {
    render(table(Infinity, true));
    const lines = within(cell("Production begins", "What happened")).getAllByRole("listitem");
    expect(lines.map((line) => line.textContent)).toEqual([
      expect.stringMatching(/^started 3 April 2017 .*\); 154 days after the reported start$/),
      expect.stringMatching(/^ended September 2017 \(Publisher october, 2 October 2017 .*\)$/),
    ]);
  });

  it("marks wiki text, links an undated page's archive by its captures, and says a miss after the window", () => {
    render(table(Infinity, true));
    const happened = cell("Premiere", "What happened");
    expect(happened).toHaveTextContent(
      /^premiered 8 March 2018 \(Publisher undated, date not printed \(example\.com\).*, wiki text · archived copy/,
    );
    expect(happened).toHaveTextContent(/; 67 days after the reported window$/);
    expect(within(happened).getByRole("link", { name: /archived copy/ })).toHaveAttribute(
      "href",
      "https://web.archive.org/web/*/https://example.com/undated",
    );
    // Every report gave the date it still has: nothing earlier to show.
    expect(cell("Premiere", "Earlier reports")).toHaveTextContent("no earlier date");
  });

  it("keeps its four columns for a dataset whose citations make no claims of their own", () => {
    const plain = prepareDataset(
      JSON.stringify(dataset([event("plain", [cite("may2")], { start: "2016-06" })])),
    );
    const { dataset: shown, items, overlays } = viewOn(plain, Infinity);
    render(
      <DatasetTable
        shows={shown.shows}
        items={items}
        selectedId={null}
        onSelect={() => {}}
        asOf={{ dataset: plain.dataset, day: Infinity, overlays, showActual: false }}
      />,
    );
    expect(columns()).toEqual(["Event", "When", "Certainty", "What the sources said"]);
  });
});

describe("the table on the bundled dataset follows the as-of day", () => {
  withBundledApp();
  const jjProduction = "Jessica Jones season 2 production begins";

  it("steps with the slider: Jessica Jones season 2 production gains '2017' as an earlier report on 11 May", async () => {
    window.history.replaceState(null, "", "/?view=table&asof=2016-05-02");
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: /Jessica Jones/ });
    expect(cell(jjProduction, "When")).toHaveTextContent("2017");
    expect(cell(jjProduction, "Earlier reports")).toHaveTextContent("no earlier date");
    await userEvent.click(screen.getByRole("button", { name: /^Next report/ }));
    expect(cell(jjProduction, "When")).toHaveTextContent("October 2016 or later");
    expect(cell(jjProduction, "Earlier reports")).toHaveTextContent(
      /^was 2017 \(Player\.One, about 2 May 2016/,
    );
  });

  it("with Reported vs actual, hides Luke Cage's premiere on 11 May and gives it as of how it turned out", async () => {
    window.history.replaceState(null, "", "/?view=table&actual=1");
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: /Luke Cage/ });
    const lukeCage = "Luke Cage season 1 premieres";
    expect(cell(lukeCage, "What happened")).toHaveTextContent("no outcome known by this day");
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(cell(lukeCage, "What happened")).toHaveTextContent(
      /^premiered 30 September 2016 \(HotHardware.*; inside the reported window$/,
    );
    await userEvent.click(screen.getByRole("button", { name: "Reported vs actual" }));
    expect(screen.queryByRole("columnheader", { name: "What happened" })).toBeNull();
  });
});

describe("the table of a dataset of many shows", () => {
  // 12 shows of about 50 events each: 600 rows, past FIRST_ROWS.
  const many = prepareDataset(datasetJson(600, 1, 50));
  const groups = showGroups(many.dataset.shows, many.items);
  const rows = () => document.querySelectorAll("tbody [data-event-id]").length;

  it("shows FIRST_ROWS rows at first; each show past them starts with its button", async () => {
    render(
      <DatasetTable shows={many.dataset.shows} items={many.items} selectedId={null} onSelect={() => {}} />,
    );
    expect(rows()).toBe(FIRST_ROWS);
    // The shows that start past FIRST_ROWS rows: none of their rows, only a button.
    let before = 0;
    const past = groups.filter(({ items }) => {
      const starts = before;
      before += items.length;
      return starts >= FIRST_ROWS;
    });
    expect(past.length).toBeGreaterThan(0);
    // By text: naming each of 500 rows' buttons is slow in jsdom (15 s and more on a busy machine).
    const waiting = screen.getAllByText(/^Show \d+ of \d+ events$/);
    expect(waiting).toHaveLength(past.length);
    await userEvent.click(waiting[0]!);
    expect(rows()).toBe(FIRST_ROWS + Math.min(100, past[0]!.items.length));
    // Its button is gone (a show of about 50): focus is on the first row it showed, not on the page's body.
    expect(document.activeElement?.getAttribute("data-event-id")).toBe(past[0]!.items[0]!.id);
  });

  it("moves focus to the first row each of a show's 'more' presses adds", async () => {
    // A show of some 250 events: 100 rows, then 100 more per press until its button goes.
    const big = prepareDataset(datasetJson(1500, 1, 250));
    const [show] = showGroups(big.dataset.shows, big.items);
    expect(show!.items.length).toBeGreaterThan(200);
    render(<DatasetTable shows={[show!.show]} items={big.items} selectedId={null} onSelect={() => {}} />);
    for (let limit = 100; limit < show!.items.length; limit += 100) {
      // Each show's button names it: several tables, each with its own.
      await userEvent.click(
        screen.getByRole("button", {
          name: new RegExp(`^Show \\d+ more of \\d+ left in ${show!.show.title}$`),
        }),
      );
      expect(document.activeElement?.getAttribute("data-event-id")).toBe(show!.items[limit]!.id);
    }
    expect(rows()).toBe(show!.items.length);
  });

  it("always shows the selected item's row, wherever its show is", () => {
    const last = groups.at(-1)?.items.at(-1);
    render(
      <DatasetTable
        shows={many.dataset.shows}
        items={many.items}
        selectedId={last?.id ?? null}
        onSelect={() => {}}
      />,
    );
    expect(document.querySelector(`tbody [data-event-id="${last?.id}"]`)).not.toBeNull();
  });

  it("keeps the selected item's row once its citations close, for the focus to go back to, and scrolls to it", () => {
    const last = groups.at(-1)?.items.at(-1);
    const scrolled = vi.spyOn(HTMLElement.prototype, "scrollIntoView").mockImplementation(() => {});
    const table = (selectedId: string | null) => (
      <DatasetTable
        shows={many.dataset.shows}
        items={many.items}
        selectedId={selectedId}
        onSelect={() => {}}
      />
    );
    const { rerender } = render(table(last?.id ?? null));
    const row = document.querySelector(`tbody [data-event-id="${last?.id}"]`);
    expect(scrolled.mock.contexts).toContain(row);
    rerender(table(null));
    expect(document.querySelector(`tbody [data-event-id="${last?.id}"]`)).toBe(row);
    scrolled.mockRestore();
  });
});
