import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp();

/** The panel of an item as it turned out, and each citation's claim line, in citation order. */
async function claimLines(event: string, label: string) {
  window.history.replaceState(null, "", `/?asof=end&event=${event}`);
  renderWithQuery(<App />);
  const panel = await screen.findByRole("dialog", { name: label });
  return [...panel.querySelectorAll(".panel-citations > li")].map(
    (li) => li.querySelector(".citation-claim")?.textContent ?? null,
  );
}

describe("the citations panel says what each citation claimed", () => {
  it("an outcome that gives only an end: ended …, as the summary says", async () => {
    const lines = await claimLines("iron-fist-1-filming", "Iron Fist season 1 starts filming");
    expect(lines).toContain("What happened: ended 8 October 2016");
    expect(lines).not.toContain("What happened: date not announced");
    const panel = screen.getByRole("dialog");
    expect(within(panel).getByText("What happened: ended 8 October 2016")).toBeVisible();
  });

  it("Screen Rant's wrap in September, an end alone", async () => {
    const lines = await claimLines("jessica-jones-2-production", "Jessica Jones season 2 production begins");
    expect(lines).toContain("What happened: ended September 2017");
    // A date with an order says both; an order alone says it gave one.
    expect(lines).toContain("Said: October 2016 or later, approximately; gave an order");
    expect(lines).toContain("Said: gave an order");
  });

  it("an order given with a null start: the order, and the date not announced", async () => {
    const lines = await claimLines("iron-fist-1-release", "Iron Fist season 1 premieres after Luke Cage");
    // Screen Rant's and SuperHeroStuff's quote of Ritter, and CinemaBlend's "Then, Iron Fist".
    expect(lines.filter((line) => line === "Said: date not announced; gave an order")).toHaveLength(3);
    expect(lines).not.toContain("Said: date not announced");
  });
});
