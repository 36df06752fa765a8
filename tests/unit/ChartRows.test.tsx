import { screen, within } from "@testing-library/react";
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
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a chart of many rows", () => {
  it("draws the rows near the view, named, and leaves the rest out of the page", async () => {
    renderWithQuery(<TimelinePage url="/data/many-rows.json" dark={false} sourceHref={(id) => id} />);
    const chart = await screen.findByRole("group", { name: /^Timeline: / }, { timeout: 10_000 });
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
});
