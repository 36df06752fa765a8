import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import { App } from "../../src/components/App.tsx";
import {
  DOTS_DRAWN,
  PREDICTIONS_SHOWN,
  STACK_DRAWN,
  SUMMARY_ROWS_SHOWN,
} from "../../src/components/ScorecardPage.tsx";
import { textWidth } from "../../src/scene/textWidth.ts";
import { cite, dataset, event, source, SOURCES } from "./claims/build.ts";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp("/scorecard");

/** Each test of the block fetches this dataset's text instead of the bundled one. */
function servedBeforeEach(body: string) {
  beforeEach(() => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(body)),
    );
  });
}

describe("the scorecard", () => {
  it("sums up who got the dates right, per publisher and per kind", async () => {
    renderWithQuery(<App />);
    const byPublisher = await screen.findByRole("table", { name: "By publisher" });
    const playerOne = within(byPublisher).getByRole("row", { name: /^Player\.One/ });
    // Iron Fist "just started filming this month" (2 May 2016) is a report, not a prediction: not scored.
    expect(
      within(playerOne)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["3", "0", "—", "1", "1", "4"]);
    expect(screen.getByRole("table", { name: "By kind" })).toHaveTextContent("Filming");
  });

  it("names its tab for itself, then the dataset (WCAG 2.4.2)", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: "Every prediction" });
    expect(document.title).toBe("Scorecard: who got the dates right · Marvel × Netflix: what the news said");
  });

  it("heads each section under the page's heading, each heading naming its table and region", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: "Every prediction" });
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      "Reported against actual: the scorecard",
    );
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "By publisher",
      "By kind",
      "Every prediction",
    ]);
    for (const name of ["By publisher", "By kind", "Every prediction"]) {
      expect(screen.getByRole("table", { name })).toBeInTheDocument();
      expect(screen.getByRole("region", { name })).toBeInTheDocument();
    }
  });

  it("says plainly what it could not score", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    expect(
      screen.getByText(
        // SuperHeroStuff's second quote of one claim is that claim, counted with it: not among these.
        /21 claims could not be scored: the table says why for each \(no date and no order given, no outcome recorded, none giving the date or the end, outcomes whose dates cannot tell the order or the miss, or a page dated once it had happened, or undated, so not known to be a prediction\)\. The table also has 1 row for a quote that repeats the claim of another quote of its page, counted once, with that one\./,
      ),
    ).toBeInTheDocument();
    // The rows it marks "not scored" add up to what it says: 21 claims, and the one repeat.
    expect(within(table).getAllByText(/^not scored: /)).toHaveLength(22);
    expect(within(table).getAllByText("not scored: gives no date and no order").length).toBeGreaterThan(0);
    expect(
      within(table).getByText("not scored: the same claim as another quote of this page: counted once"),
    ).toBeInTheDocument();
    expect(
      within(table).getAllByText("not scored: no outcome is recorded for this event").length,
    ).toBeGreaterThan(0);
    expect(within(table).getByRole("row", { name: /Iron Fist season 1 starts filming/ })).toHaveTextContent(
      "not scored: published after it happened, a report and not a prediction (as it turned out: inside the reported window)",
    );
  });

  it("draws a dot per dated prediction, each a named link reached by Tab", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", { name: "Miss in days, one dot per dated prediction" });
    const inside = within(chart).getByRole("link", {
      name: "Player.One, about 2 May 2016: Luke Cage season 1 premieres, inside the reported window",
    });
    expect(inside).toHaveAttribute("href", "/?event=luke-cage-1-release&asof=end");
    // Only predictions are drawn: a report of what had happened is not.
    expect(within(chart).queryByRole("link", { name: /Iron Fist season 1 starts filming/ })).toBeNull();
    await userEvent.click(inside);
    expect(window.location.search).toBe("?event=luke-cage-1-release&asof=end");
    expect(await screen.findByRole("dialog", { name: "Luke Cage season 1 premieres" })).toBeVisible();
  });

  it('says the order a claim gave with its date as null ("start": null), not "date not announced"', async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    // Collider, 17 January 2016: Jessica Jones season 1 came after Daredevil season 1.
    const row = within(table).getByRole("row", { name: /Jessica Jones season 1 premieres.*Collider/ });
    expect(row).toHaveTextContent("after “Daredevil season 1 is out on Netflix”");
    expect(row).not.toHaveTextContent("date not announced");
  });

  it("credits no source with an order it never gave: a quote without a claim backs the event alone", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    // CinemaBlend's quote of The Defenders' premiere gives no claim; the order is the event's own.
    const row = within(table).getByRole("row", { name: /The Defenders premieres.*CinemaBlend/ });
    expect(row).not.toHaveTextContent("after “");
    expect(row).toHaveTextContent("not scored: gives no date and no order");
  });

  it("goes back to the timeline with focus on the page's main, not on the body", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: "Every prediction" });
    await userEvent.click(screen.getByRole("link", { name: "← Back to the timeline" }));
    expect(await screen.findByRole("group", { name: /^Timeline: / })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveFocus();
  });

  it("links each row to its quotes as it turned out", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    const [link] = within(table).getAllByRole("link", {
      name: "Jessica Jones season 2 premieres",
    });
    expect(link).toHaveAttribute("href", "/?event=jessica-jones-2-release&asof=end");
    const wrongOrder = within(table).getByRole("row", {
      name: /Jessica Jones season 2 might film before The Defenders.*before “The Defenders production begins”.*wrong order/,
    });
    expect(wrongOrder).toBeInTheDocument();
  });

  it("credits a page with the date it gave, not another page's: Screen Rant said Daredevil was out by its day", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    const said = within(table)
      .getAllByRole("row")
      .filter((row) => /^Daredevil season 1 is out/.test(row.textContent ?? ""))
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .slice(0, 2)
          .map((cell) => cell.textContent),
      );
    expect(said).toEqual([
      ["Collider, 17 January 2016", "by 17 January 2016"],
      ["Screen Rant, about 11 May 2016", "by 12 May 2016"],
    ]);
  });

  it("scores the events the timeline's filters show, from its link, and every event when asked", async () => {
    window.history.replaceState(null, "", "/scorecard?show=luke-cage");
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    const events = () =>
      new Set(
        within(table)
          .getAllByRole("rowheader")
          .map((cell) => cell.textContent),
      );
    expect(events()).toEqual(new Set(["Luke Cage season 1 premieres"]));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Scoring the events the timeline's filters show: 1 of 19 events.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Score every event" }));
    expect(events().size).toBeGreaterThan(5);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Scoring every event: the timeline's filters show 1 of 19 events.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Score only those" }));
    expect(events()).toEqual(new Set(["Luke Cage season 1 premieres"]));
  });

  it("scores only the chosen publishers' predictions when the timeline's link filters by publisher", async () => {
    window.history.replaceState(null, "", "/scorecard?publisher=Collider");
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    const sources = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell")[0]?.textContent);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((source) => source?.startsWith("Collider, "))).toBe(true);
  });

  it("says nothing of filters when the timeline's link had none on", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: "Every prediction" });
    expect(screen.queryByRole("button", { name: "Score every event" })).not.toBeInTheDocument();
  });
});

describe("the scorecard of a prediction on an undated page", () => {
  servedBeforeEach(
    JSON.stringify(
      dataset([
        event("a", [
          cite("undated", { claim: { start: "2017" } }),
          cite("may2", { claim: { start: "2017-05" } }),
          cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
        ]),
      ]),
    ),
  );

  it("does not score it: nothing tells it came before what happened", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    expect(within(table).getByRole("row", { name: /Publisher undated/ })).toHaveTextContent(
      "not scored: its page prints no date: not known to be a prediction (as it turned out: inside the reported window)",
    );
    // Not scored, and still what happened is said, as for a scored row.
    expect(within(table).getByRole("row", { name: /Publisher undated/ })).toHaveTextContent(
      "3 April 2017 (Publisher later)",
    );
    expect(screen.getByText(/^Every prediction, .* 1 claim could not be scored:/)).toBeInTheDocument();
  });

  it("says the page's date is not printed, where a dated page gives its day", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    expect(within(table).getByRole("row", { name: /Publisher undated/ })).toHaveTextContent(
      "Publisher undated, date not printed",
    );
    expect(within(table).getByRole("row", { name: /Publisher may2/ })).toHaveTextContent(
      "Publisher may2, 2 May 2016",
    );
  });
});

describe("the scorecard of an order told once the first event had happened", () => {
  servedBeforeEach(
    JSON.stringify(
      dataset([
        event("first", [cite("may2"), cite("later", { claim: { start: "2016-04-20" }, outcome: true })], {
          kind: "release",
          start: null,
        }),
        event(
          "second",
          [
            cite("may11", { claim: { relations: [{ type: "after", event: "first" }] } }),
            cite("later", { claim: { start: "2017-03" }, outcome: true }),
          ],
          { kind: "release" },
        ),
      ]),
    ),
  );

  it("says the order it reported in its Reported column, not that no date was announced", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    const row = within(table).getByRole("row", { name: /Publisher may11/ });
    expect(row).toHaveTextContent("after “Label first”");
    expect(row).not.toHaveTextContent("date not announced");
    expect(row).toHaveTextContent("not scored: order claim: published after it happened");
  });

  it("says what happened to both events, as a scored order's row does, though the order is not scored", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    const row = within(table).getByRole("row", { name: /Publisher may11/ });
    expect(row).toHaveTextContent("(as it turned out: right order)");
    // Its What happened cell said "—" beside a result that compares the two.
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toContain("March 2017 against 20 April 2016");
  });
});

describe("the scorecard of a dataset with no predictions", () => {
  servedBeforeEach(
    JSON.stringify(
      dataset([event("only", [cite("later", { claim: { start: "2016-04-20" }, outcome: true })])]),
    ),
  );

  it("says there is nothing to score, not that every claim could be scored", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: "Every prediction" });
    expect(screen.getByText(/This dataset has no predictions to score\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/Every claim could be scored/)).toBeNull();
    // The miss chart says it has no dot, rather than stand empty.
    expect(screen.getByRole("figure", { name: /there is no dot to draw\.$/ })).toBeInTheDocument();
  });
});

describe("the scorecard of predictions all made before what happened", () => {
  servedBeforeEach(
    JSON.stringify(
      dataset([
        event("a", [
          cite("early", { claim: { start: "2017" } }),
          cite("may2", { claim: { start: "2017-05" } }),
          cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
        ]),
      ]),
    ),
  );

  it("says that every claim could be scored, when none could not", async () => {
    renderWithQuery(<App />);
    expect(await screen.findByText(/Every claim could be scored\./)).toBeInTheDocument();
  });
});

describe("the scorecard of a big dataset", () => {
  // 1,200 events, each cited once: 1,200 predictions, none of them scored (no outcomes).
  const body = datasetJson(1200);
  servedBeforeEach(body);
  // Selectors, not role queries: a role query over 1,200 rows took seconds of the test's 15 on a busy machine.
  const listedRows = (table: HTMLElement) => table.querySelectorAll("tbody tr").length;
  const link = (table: HTMLElement, n: number) => table.querySelectorAll("tbody a[href]")[n];

  it("lists the first predictions, counts every one, and shows more on request, focus on the first shown", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    expect(listedRows(table)).toBe(PREDICTIONS_SHOWN);
    expect(screen.getByText(/^Listing 500 of 1,200 predictions\./)).toBeInTheDocument();
    // The summaries count all 1,200, listed or not.
    const notScored = within(screen.getByRole("table", { name: "By kind" }))
      .getAllByRole("row")
      .slice(1)
      .map((row) => Number(within(row).getAllByRole("cell").at(-1)?.textContent));
    expect(notScored.reduce((a, b) => a + b, 0)).toBe(1200);

    await userEvent.click(screen.getByRole("button", { name: "Show 500 more of 700 left" }));
    expect(listedRows(table)).toBe(1000);
    expect(document.activeElement).toBe(link(table, 500));

    // The last press takes its button away: focus still lands on a row, not on the page's body.
    await userEvent.click(screen.getByRole("button", { name: "Show 200 more of 200 left" }));
    expect(listedRows(table)).toBe(1200);
    expect(screen.queryByRole("button", { name: /^Show/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Listing/)).not.toBeInTheDocument();
    expect(document.activeElement).toBe(link(table, 1000));
  });

  it("puts each table in a named scroll region the keyboard can reach", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: "Every prediction" });
    for (const name of ["By publisher", "By kind", "Every prediction"]) {
      const region = screen.getByRole("region", { name });
      expect(region).toHaveAttribute("tabindex", "0");
      expect(within(region).getByRole("table", { name })).toBeInTheDocument();
    }
  });
});

/** A scorecard box's name, from what it holds (it is named only while it scrolls). */
function boxName(box: HTMLElement): string {
  const by = box.querySelector("table")?.getAttribute("aria-labelledby");
  if (by) return document.getElementById(by)?.textContent ?? "";
  return box.querySelector("svg") ? "Miss in days" : "";
}

describe("the scorecard's scroll regions", () => {
  /** The width of each region's content, by name; every region is 390 px wide. */
  let contentWidth: Record<string, number> = {};
  const observers: (() => void)[] = [];
  beforeEach(() => {
    contentWidth = { "Every prediction": 900, "By publisher": 390, "By kind": 300, "Miss in days": 640 };
    observers.length = 0;
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(private readonly measure: () => void) {
          observers.push(() => this.measure());
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(390);
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockImplementation(function (this: HTMLElement) {
      return this.classList.contains("score-scroll") ? (contentWidth[boxName(this)] ?? 0) : 0;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const resize = () => act(() => observers.forEach((measure) => measure()));

  it("are named regions and Tab stops only while they scroll: a box that fits is neither", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("table", { name: "Every prediction" });
    resize();
    const regions = () => screen.queryAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(regions()).toEqual(["Miss in days", "Every prediction"]);
    for (const region of screen.getAllByRole("region")) expect(region).toHaveAttribute("tabindex", "0");
    // A wider window: nothing scrolls, no region, no Tab stop; narrower again, the box is one again.
    contentWidth = {};
    resize();
    expect(regions()).toEqual([]);
    expect(document.querySelectorAll(".score-scroll[tabindex]")).toHaveLength(0);
    contentWidth = { "By kind": 500 };
    resize();
    expect(screen.getByRole("region", { name: "By kind" })).toHaveAttribute("tabindex", "0");
  });
});

/**
 * A dataset's text of `count` events, each predicted for 1 May 2016 by a publisher of its own, and each
 * come true on `happened(i)`: every prediction scored.
 */
function predictionsServed(count: number, happened: (i: number) => string): string {
  const predictors = Array.from({ length: count }, (_, i) => source(`p${i}`, "2016-01-01"));
  return JSON.stringify(
    dataset(
      predictors.map(({ id }, i) =>
        event(`e${i}`, [cite(id), cite("undated", { claim: { start: happened(i) }, outcome: true })], {
          kind: "release",
          start: "2016-05-01",
        }),
      ),
      [...predictors, ...SOURCES],
    ),
  );
}

describe("the scorecard of a window whose outcomes give its start, then its end", () => {
  // Filming was to run July to December 2016 (a page of 2 May 2016); it started on 1 August, and the end
  // came on 15 January 2017, a later page said. Until then, only the start can be scored.
  const filming = (outcomes: string[]) =>
    JSON.stringify(
      dataset(
        [
          event(
            "f",
            [
              cite("may2", { claim: { start: "2016-07", end: "2016-12" } }),
              cite("undated", { claim: { start: "2016-08-01" }, outcome: true }),
              ...outcomes.map((end) => cite("later", { claim: { start: "2016-08-01", end }, outcome: true })),
            ],
            { kind: "filming", start: "2016-07", end: "2016-12" },
          ),
        ],
        SOURCES,
      ),
    );
  const resultCells = async () =>
    within(await screen.findByRole("table", { name: "Every prediction" }))
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );

  it("says the end could not be scored, and that the claim was scored in part", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(filming([]))),
    );
    renderWithQuery(<App />);
    expect(await resultCells()).toEqual([
      [
        expect.any(String),
        "its start: July 2016",
        "1 August 2016 (Publisher undated)",
        "its start 1 day late",
      ],
      // Each row gives its own end, as a scored end's row does, not the whole window.
      [expect.any(String), "its end: December 2016", "—", "not scored: no outcome gives the end"],
    ]);
    expect(
      screen.getByText(/1 claim could be scored only in part \(a window's start and not its end/),
    ).toBeInTheDocument();
  });

  it("says which row is the end's, in the row and in its dot's name", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(filming(["2017-01-15"]))),
    );
    renderWithQuery(<App />);
    expect((await resultCells())[1]).toEqual([
      expect.any(String),
      "its end: December 2016",
      "ended 15 January 2017 (Publisher later)",
      "its end 15 days late",
    ]);
    expect(screen.getByRole("link", { name: /Label f, its end 15 days late$/ })).toBeInTheDocument();
    expect(screen.getByText(/Every claim could be scored\./)).toBeInTheDocument();
  });
});

describe("the scorecard of a miss of thousands of days", () => {
  // One prediction of 1 May 2016 for something that came 3,653 days (ten years) late.
  servedBeforeEach(predictionsServed(1, () => "2026-05-01"));

  it("groups the digits in the summary as in the rows", async () => {
    renderWithQuery(<App />);
    const byPublisher = await screen.findByRole("table", { name: "By publisher" });
    const row = within(byPublisher).getAllByRole("row")[1];
    expect(within(row!).getAllByRole("cell")[2]).toHaveTextContent(/^3,652$/);
  });
});

describe("the scorecard of thousands of publishers", () => {
  // 1,200 events, each predicted by a publisher of its own: 1,200 publishers. Every prediction is scored:
  // half inside the window (0 days), half 61 days late, so each of the two columns holds 600 dots.
  const body = predictionsServed(1200, (i) => (i % 2 === 0 ? "2016-05-01" : "2016-07-01"));
  servedBeforeEach(body);
  const bodyRows = (table: HTMLElement) => within(table).getAllByRole("row").slice(1);

  it("lists the first publishers, says how many of how many, and shows more, focus on the first shown", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "By publisher" });
    expect(bodyRows(table)).toHaveLength(SUMMARY_ROWS_SHOWN);
    expect(screen.getByText(/^Listing 100 of 1,200 publishers\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Show 100 more of 1,100 left" }));
    expect(bodyRows(table)).toHaveLength(200);
    expect(document.activeElement).toBe(within(bodyRows(table)[100]!).getByRole("rowheader"));
    // The kinds are few: listed whole, and they count all 1,200 predictions.
    const byKind = screen.getByRole("table", { name: "By kind" });
    const [release] = bodyRows(byKind);
    expect(
      within(release!)
        .getAllByRole("cell")
        .slice(0, 2)
        .map((c) => c.textContent),
    ).toEqual(["600", "600"]);
    expect(screen.queryByText(/^Listing \d+ of \d+ kinds/)).not.toBeInTheDocument();
  });

  it("draws at most DOTS_DRAWN dots, each column at most STACK_DRAWN high, and says what it left out", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", { name: "Miss in days, one dot per dated prediction" });
    // The first 500 dated predictions: 250 at each miss, drawn 10 high.
    expect(within(chart).getAllByRole("link")).toHaveLength(2 * STACK_DRAWN);
    expect(DOTS_DRAWN).toBe(500);
    const caption = chart.closest("figure")?.querySelector("figcaption");
    expect(caption).toHaveTextContent("The first 500 of 1,200 dated predictions are drawn");
    // The figure is named by its caption.
    expect(screen.getByRole("figure", { name: /^Miss in days, one dot per dated prediction: 0 is/ })).toBe(
      chart.closest("figure"),
    );
    expect(caption).toHaveTextContent(`a pile is drawn at most ${STACK_DRAWN} high`);
    expect([...chart.querySelectorAll("text.miss-more")].map((t) => t.textContent)).toEqual([
      `+${250 - STACK_DRAWN}`,
      `+${250 - STACK_DRAWN}`,
    ]);
    // The listing does not grow the chart.
    await userEvent.click(screen.getByRole("button", { name: "Show 500 more of 700 left" }));
    expect(within(chart).getAllByRole("link")).toHaveLength(2 * STACK_DRAWN);
  });

  it("takes the dots in order of miss: column by column from the left, each from the axis up", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", { name: "Miss in days, one dot per dated prediction" });
    // The dots' places in Tab (document) order.
    const places = within(chart)
      .getAllByRole("link")
      .map((link) => {
        const dot = link.querySelector("circle");
        return { x: Number(dot?.getAttribute("cx")), y: Number(dot?.getAttribute("cy")) };
      });
    const byMiss = [...places].sort((a, b) => a.x - b.x || b.y - a.y);
    expect(places).toEqual(byMiss);
    expect(new Set(places.map((p) => p.x)).size).toBe(2);
  });
});

describe("the scorecard of dense misses", () => {
  // 40 predictions of 1 May 2016, each by a publisher of its own, that came 20 to 59 days late: a day apart
  // on the axis is about 3 px, closer than a 24 px target.
  const body = predictionsServed(40, (i) => new Date(Date.UTC(2016, 4, 21 + i)).toISOString().slice(0, 10));
  servedBeforeEach(body);

  it("keeps every dot's 24 px target clear of every other's: close dots pile up (WCAG 2.5.8)", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", { name: "Miss in days, one dot per dated prediction" });
    const targets = within(chart)
      .getAllByRole("link")
      .map((link) => {
        const hit = link.querySelector("circle.dot-hit");
        return ["cx", "cy", "r"].map((name) => Number(hit?.getAttribute(name)));
      });
    // Piled at most STACK_DRAWN high: a dot that would go higher is counted in a "+n" over the pile.
    const more = [...chart.querySelectorAll("text.miss-more")].map((t) => Number(t.textContent));
    expect(targets.length).toBeGreaterThan(30);
    expect(targets.length + more.reduce((a, b) => a + b, 0)).toBe(40);
    // A pile of near-equal misses reads from the axis up, as a pile at one miss does: in order of miss.
    const misses = within(chart)
      .getAllByRole("link")
      .map((link) => Number(/(\d+) days late$/.exec(link.getAttribute("aria-label") ?? "")?.[1]));
    expect(misses).toEqual([...misses].sort((a, b) => a - b));
    expect(new Set(targets.map(([, y]) => y)).size).toBeGreaterThan(1);
    for (const [i, [x1 = 0, y1 = 0, r = 0]] of targets.entries()) {
      expect(r).toBeGreaterThanOrEqual(12);
      for (const [x2 = 0, y2 = 0] of targets.slice(i + 1))
        expect(Math.hypot(x2 - x1, y2 - y1)).toBeGreaterThanOrEqual(24 - 1e-9);
    }
  });
});

/** The chart's "+n" counts: their text, place, and baseline. */
const countsOf = (chart: HTMLElement) =>
  [...chart.querySelectorAll("text.miss-more")].map((t) => ({
    text: t.textContent ?? "",
    x: Number(t.getAttribute("x")),
    y: Number(t.getAttribute("y")),
  }));
/** Each drawn dot's target: its centre and radius. */
const targetsOf = (chart: HTMLElement) =>
  within(chart)
    .getAllByRole("link")
    .map((link) => {
      const hit = link.querySelector("circle.dot-hit");
      return {
        x: Number(hit?.getAttribute("cx")),
        y: Number(hit?.getAttribute("cy")),
        r: Number(hit?.getAttribute("r")),
      };
    });
const missChart = () => screen.findByRole("group", { name: "Miss in days, one dot per dated prediction" });

describe("the scorecard of predictions inside the window beside ones 2 days early", () => {
  // 15 inside the window, 12 two days early, one 200 days late: x(-2) is about 22 px from x(0).
  servedBeforeEach(
    predictionsServed(28, (i) => (i < 15 ? "2016-05-01" : i < 27 ? "2016-04-29" : "2016-11-17")),
  );

  it("draws the inside pile even when early misses sit 2 days from it", async () => {
    renderWithQuery(<App />);
    const chart = await missChart();
    expect(within(chart).getAllByRole("link", { name: /, inside the reported window$/ })).toHaveLength(
      STACK_DRAWN,
    );
    expect(within(chart).getAllByRole("link", { name: /, 2 days early$/ })).toHaveLength(STACK_DRAWN);
    expect(within(chart).getAllByRole("link", { name: /, 200 days late$/ })).toHaveLength(1);
    expect(countsOf(chart).map((c) => c.text)).toEqual(["+2", "+5"]);
    // Each pile at an x of its own: the inside dots are never piled on the early ones.
    const inside = chart.querySelectorAll("circle.dot-inside");
    const xs = (dots: Iterable<Element>) => new Set([...dots].map((d) => d.getAttribute("cx")));
    expect(xs(inside).size).toBe(1);
    expect([...xs(chart.querySelectorAll("circle.dot-miss"))]).not.toContain([...xs(inside)][0]);
    const caption = chart.closest("figure")?.querySelector("figcaption");
    expect(caption).toHaveTextContent(
      "a pile too close to the next is drawn aside, off its place on the axis",
    );
    expect(caption).toHaveTextContent("(7 in all)");
  });
});

describe("the scorecard of full piles side by side", () => {
  // 47 inside the window, 233 a day late: piles 24 px apart, their counts wider than that.
  servedBeforeEach(predictionsServed(280, (i) => (i < 47 ? "2016-05-01" : "2016-05-02")));

  it("sets two piles' counts apart, above every dot", async () => {
    renderWithQuery(<App />);
    const chart = await missChart();
    const counts = countsOf(chart);
    expect(counts.map((c) => c.text)).toEqual(["+37", "+223"]);
    const [a, b] = counts;
    // 24 px apart, "+223" wider than that: the second goes on the line above (a line is 16 px).
    expect(b!.x - a!.x).toBe(24);
    expect(a!.y - b!.y).toBe(16);
    const top = Math.min(...targetsOf(chart).map((t) => t.y - t.r));
    for (const c of counts) expect(c.y).toBeLessThanOrEqual(top - 4);
    // The chart is tall enough for the counts' top line.
    const height = Number(chart.getAttribute("viewBox")?.split(" ")[3]);
    expect(Math.min(...counts.map((c) => c.y)) - 12).toBeGreaterThanOrEqual(0);
    expect(height).toBeGreaterThan(STACK_DRAWN * 24);
  });
});

describe("the scorecard of a miss of millions of days", () => {
  servedBeforeEach(predictionsServed(2, (i) => (i === 0 ? "2016-05-01" : "Y12016")));

  it("ticks a miss of millions of days with grouped digits, 0 and both ends, labels apart", async () => {
    renderWithQuery(<App />);
    const chart = await missChart();
    const labels = [...chart.querySelectorAll("g[aria-hidden] > g > text")].map((t) => ({
      text: t.textContent ?? "",
      x: Number(t.getAttribute("x")),
    }));
    const texts = labels.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(["-3,652,304", "0", "3,652,304"]));
    expect(texts).not.toContain("7");
    for (const text of texts) expect(text).toMatch(/^-?\d{1,3}(,\d{3})*$/);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(Math.abs(a.x - b.x)).toBeGreaterThan((textWidth(a.text, 12) + textWidth(b.text, 12)) / 2);
  });
});

describe("the scorecard of small misses beside one of ninety years", () => {
  // Releases due 1 May 2016 that came 2 to 20 days late, and one in 2107 (a year mistyped for 2017).
  const late = [2, 3, 5, 8, 10, 12, 20];
  servedBeforeEach(
    predictionsServed(late.length + 1, (i) =>
      i < late.length ? new Date(Date.UTC(2016, 4, 1 + late[i]!)).toISOString().slice(0, 10) : "2107-05-01",
    ),
  );

  it("leads each pile drawn aside back to its place, and leaves unlabelled the ticks it passes", async () => {
    renderWithQuery(<App />);
    const chart = await missChart();
    const labels = [...chart.querySelectorAll("text")].map((t) => t.textContent);
    // "30" and "365" lie between the late piles' places and where they are drawn: not labelled.
    expect(labels).not.toContain("30");
    expect(labels).not.toContain("365");
    expect(labels).toContain("0");
    const leaders = chart.querySelectorAll(".miss-leader line");
    expect(leaders.length).toBeGreaterThan(0);
    // Each leader starts on the axis, left of the pile it leads to: the misses' place comes before it.
    for (const line of leaders)
      expect(Number(line.getAttribute("x1"))).toBeLessThan(Number(line.getAttribute("x2")));
    expect(chart.closest("figure")?.querySelector("figcaption")).toHaveTextContent(
      "with a line from that place (and the ticks it passes unlabelled)",
    );
  });
});

describe("the scorecard of a file that lost an event to a problem", () => {
  const served = JSON.parse(predictionsServed(2, () => "2016-05-01")) as { events: unknown[] };
  served.events.push({ ...(served.events[0] as object), id: "broken", kind: "party" });
  servedBeforeEach(JSON.stringify(served));

  it("says some of the dataset was left out and is not scored, and leads to the timeline's list", async () => {
    renderWithQuery(<App />);
    await missChart();
    const link = screen.getByRole("link", { name: "The timeline lists each" });
    expect(link.closest("p")).toHaveTextContent(
      "Some of the dataset was left out (1 problem): nothing it held is scored here. The timeline lists each.",
    );
    expect(link).toHaveAttribute("href", expect.stringMatching(/^\/(\?|$)/));
  });
});
