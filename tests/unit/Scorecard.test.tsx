import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp("/scorecard");

describe("the scorecard", () => {
  it("sums up who got the dates right, per publisher and per kind", async () => {
    renderWithQuery(<App />);
    const byPublisher = await screen.findByRole("table", { name: "By publisher" });
    const playerOne = within(byPublisher).getByRole("row", { name: /^Player\.One/ });
    // Iron Fist "just started filming this month" (May 2016): it had started in April.
    expect(
      within(playerOne)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["5", "1", "1", "1", "1", "1"]);
    expect(screen.getByRole("table", { name: "By kind" })).toHaveTextContent("Filming");
  });

  it("says plainly what it could not score", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    expect(within(table).getAllByText("not scored: gives no date and no order").length).toBeGreaterThan(0);
    expect(
      within(table).getAllByText("not scored: no outcome is recorded for this event").length,
    ).toBeGreaterThan(0);
  });

  it("draws a dot per dated prediction, each a named link reached by Tab", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", { name: "Miss in days, one dot per dated prediction" });
    const early = within(chart).getByRole("link", {
      name: "Player.One: Iron Fist season 1 starts filming, 1 day early",
    });
    expect(early).toHaveAttribute("href", "/?event=iron-fist-1-filming&asof=end");
    await userEvent.click(early);
    expect(window.location.search).toBe("?event=iron-fist-1-filming&asof=end");
    expect(await screen.findByRole("dialog", { name: "Iron Fist season 1 starts filming" })).toBeVisible();
  });

  it("links each row to its quotes as it turned out", async () => {
    renderWithQuery(<App />);
    const table = await screen.findByRole("table", { name: "Every prediction" });
    const [link] = within(table).getAllByRole("link", {
      name: "Jessica Jones season 2 premieres (2017 at the earliest)",
    });
    expect(link).toHaveAttribute("href", "/?event=jessica-jones-2-release&asof=end");
    const wrongOrder = within(table).getByRole("row", {
      name: /Jessica Jones season 2 might film before The Defenders.*before “The Defenders production begins”.*wrong order/,
    });
    expect(wrongOrder).toBeInTheDocument();
  });
});
