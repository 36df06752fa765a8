import { act, screen, waitFor, within } from "@testing-library/react";
import { Profiler } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { datasetJson, generateDataset } from "../../scripts/bench/generate.mjs";
import { TimelinePage } from "../../src/components/TimelinePage.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";

// 1,000 events, one show row per 10: 100 rows, far more than a view holds.
const N = 1_000;
const ROWS_PER = 10;
const shows = generateDataset(N, 1, ROWS_PER).shows;

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(datasetJson(N, 1, ROWS_PER))),
  );
  window.history.replaceState(null, "", "/");
  performance.clearMarks();
});

/** Once the chart has laid out all its rows: its first render lays out only those it draws. */
const allRowsLaidOut = () =>
  waitFor(() => expect(performance.getEntriesByName("timeline:all-rows")).toHaveLength(1));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a chart of many rows", () => {
  it("draws the rows near the view, named, and leaves the rest out of the page", async () => {
    renderWithQuery(<TimelinePage url="/data/many-rows.json" dark={false} sourcePath={(id) => id} />);
    const chart = await screen.findByRole("group", { name: /^Timeline: / }, { timeout: 10_000 });
    await allRowsLaidOut();
    expect(shows).toHaveLength(100);
    const rows = within(chart).getAllByRole("group", { name: /, \d+ events?$/ });
    // The first row is drawn and named; the last ones, many views below, are not.
    expect(rows[0]).toHaveAccessibleName(new RegExp(`^${shows[0]!.title}, \\d+ events?$`));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(shows.length);
    expect(within(chart).queryByRole("group", { name: new RegExp(`^${shows.at(-1)!.title},`) })).toBeNull();
    // Their stripes (and titles) too.
    expect(chart.querySelectorAll(".timeline-rows rect")).toHaveLength(rows.length);
  });

  it("lays out the rest of the rows in one commit: nothing renders the chart again at once", async () => {
    // Each commit's phase, and whether all the rows were laid out by then. "nested-update": a commit that the
    // one before asked for from its layout effects, at once, in the same task.
    const commits: { phase: string; allRows: boolean }[] = [];
    renderWithQuery(
      <Profiler
        id="page"
        onRender={(_, phase) =>
          commits.push({ phase, allRows: performance.getEntriesByName("timeline:all-rows").length > 0 })
        }
      >
        <TimelinePage url="/data/many-rows.json" dark={false} sourcePath={(id) => id} />
      </Profiler>,
    );
    await screen.findByRole("group", { name: /^Timeline: / }, { timeout: 10_000 });
    await allRowsLaidOut();
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const afterAllRows = commits.filter((c) => c.allRows).map((c) => c.phase);
    // A tooltip's anchor set again unchanged (none is shown) rendered the chart once more after each layout.
    expect(afterAllRows).not.toContain("nested-update");
  });

  it("lays out the rows in view first, then all of them after that frame, and tells of every show from the start", async () => {
    // What the chart's drawing surface says of its height, and the chart's summary, at each change.
    const seen: { height: number; summary: string }[] = [];
    const observer = new MutationObserver(() => {
      const svg = document.querySelector("svg.timeline-svg");
      const chart = document.querySelector("[aria-describedby]");
      const summary = document.getElementById(chart?.getAttribute("aria-describedby") ?? "")?.textContent;
      const height = Number(svg?.getAttribute("height"));
      if (svg && summary && seen.at(-1)?.height !== height) seen.push({ height, summary });
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    renderWithQuery(<TimelinePage url="/data/many-rows.json" dark={false} sourcePath={(id) => id} />);
    await screen.findByRole("group", { name: /^Timeline: / }, { timeout: 10_000 });
    await allRowsLaidOut();
    observer.disconnect();
    const [first, ...later] = seen;
    const last = later.at(-1);
    // First the rows drawn: those in view and a view below (the body is at most 75% of jsdom's 768 px
    // window), then the whole chart.
    expect(first!.height).toBeGreaterThanOrEqual(2 * 576);
    expect(last!.height).toBeGreaterThan(5 * first!.height);
    for (const { summary } of seen) expect(summary).toMatch(/^1000 events across 100 shows/);
  });
});
