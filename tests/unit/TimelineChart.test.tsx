import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp();

const item = (id: string) => document.querySelector<SVGGElement>(`[data-event-id="${id}"]`);

/** Focuses an item and presses Enter on it: its citations panel, once open. */
async function openPanel(id: string, label: string) {
  act(() => item(id)!.focus());
  fireEvent.keyDown(item(id)!, { key: "Enter" });
  return screen.findByRole("dialog", { name: label });
}

describe("<App> timeline", () => {
  it("draws every event as a focusable item named by what and when", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", {
      name: "Timeline: Marvel × Netflix: what the news said",
    });
    const items = chart.querySelectorAll("[data-event-id]");
    expect(items).toHaveLength(19);
    const lukeCage = item("luke-cage-1-release");
    expect(lukeCage).toHaveAttribute(
      "aria-label",
      // No ghost: CinemaBlend's later "September 2016" says less than the date it stood at, and moved nothing.
      "Luke Cage season 1 premieres, release, 30 September 2016, confirmed",
    );
    // A ghost, the date an earlier report gave that a newer one replaced, is part of the item's name.
    expect(item("jessica-jones-2-production")).toHaveAttribute(
      "aria-label",
      expect.stringMatching(/; was 2017 \(Player\.One\)$/),
    );
    expect(lukeCage).toHaveAttribute("tabindex");
    // Exactly one item is the tab stop.
    expect(chart.querySelectorAll('[data-event-id][tabindex="0"]')).toHaveLength(1);
  });

  it("labels a group per show row and hides ticks from assistive tech", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", {
      name: "Timeline: Marvel × Netflix: what the news said",
    });
    const row = within(chart).getByRole("group", { name: "The Defenders, 4 events" });
    // One drawn on the plot, three on the shelf: the row owns its shelf group, as assistive tech reads it.
    const shelf = document.getElementById(row.getAttribute("aria-owns") ?? "");
    expect(row.querySelectorAll("[data-event-id]")).toHaveLength(1);
    expect(shelf?.querySelectorAll("[data-event-id]")).toHaveLength(3);
    expect(chart.querySelector(".axis")).toHaveAttribute("aria-hidden", "true");
  });

  it("shows a tooltip on focus, and Escape dismisses it without moving focus", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    const target = item("luke-cage-1-release")!;
    act(() => target.focus());
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent("Luke Cage season 1 premieres");
    expect(tooltip).toHaveTextContent("“Luke Cage season 1 will arrive on September 30th, 2016.”");
    expect(tooltip).toHaveTextContent("+2 more sources");
    expect(target).toHaveAttribute("aria-describedby", tooltip.id);
    fireEvent.keyDown(target, { key: "Escape" });
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(document.activeElement).toBe(target);
  });

  it("opens the citations panel on Enter, and Escape returns focus to the item", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    const panel = await openPanel("jessica-jones-2-production", "Jessica Jones season 2 production begins");
    expect(within(panel).getByRole("heading", { name: "6 quotes from 4 sources" })).toBeInTheDocument();
    const original = within(panel).getAllByRole("link", { name: /Original article/ })[0]!;
    expect(original).toHaveAttribute("target", "_blank");
    expect(original).toHaveAttribute("rel", "noopener noreferrer");
    expect(window.location.search).toBe("?event=jessica-jones-2-production");
    fireEvent.keyDown(panel, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(item("jessica-jones-2-production"));
  });

  it("gives focus back to the item when the panel closes by its button or by Back", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    const panel = await openPanel("luke-cage-1-release", "Luke Cage season 1 premieres");
    await userEvent.click(within(panel).getByRole("button", { name: "Close sources" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(item("luke-cage-1-release"));

    await openPanel("luke-cage-1-release", "Luke Cage season 1 premieres");
    expect(document.activeElement?.tagName).toBe("H2");
    act(() => window.history.back());
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(item("luke-cage-1-release"));
  });

  it("after following an order link in the panel, closing it focuses the item it was last about", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    const panel = await openPanel("jessica-jones-2-production", "Jessica Jones season 2 production begins");
    await userEvent.click(within(panel).getByRole("button", { name: "The Defenders production begins" }));
    const next = await screen.findByRole("dialog", { name: "The Defenders production begins" });
    fireEvent.keyDown(next, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(item("the-defenders-production"));
  });

  it("draws a ring only where one can show: on the tab stop and on the selected item", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", {
      name: "Timeline: Marvel × Netflix: what the news said",
    });
    const rings = () => [...chart.querySelectorAll(".ring")].map((r) => r.closest("[data-event-id]"));
    expect(rings()).toEqual([chart.querySelector('[data-event-id][tabindex="0"]')]);
    await openPanel("luke-cage-1-release", "Luke Cage season 1 premieres");
    // Selected and focused last: one item, one ring.
    expect(rings()).toEqual([item("luke-cage-1-release")]);
    act(() => item("daredevil-1-release")!.focus());
    expect(rings()).toHaveLength(2);
    expect(rings()).toContain(item("luke-cage-1-release"));
    expect(rings()).toContain(item("daredevil-1-release"));
  });

  it("draws the labels apart from the items, hidden from assistive tech, each where its item is", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", {
      name: "Timeline: Marvel × Netflix: what the news said",
    });
    const labels = [...chart.querySelectorAll<SVGTextElement>("text.mark-label")];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label.closest("[data-event-id]")).toBeNull();
      expect(label.closest('[aria-hidden="true"]')).not.toBeNull();
      const of = item(label.dataset["labelOf"]!)!;
      expect(of).not.toBeNull();
      // On its item's line (the plot's items and their labels are in layers of the same size).
      expect(label.style.transform).toBe(of.style.transform);
    }
  });

  it("moves focus between items with the arrow keys in time order", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    act(() => item("luke-cage-1-release")!.focus());
    fireEvent.keyDown(item("luke-cage-1-release")!, { key: "ArrowRight" });
    // Jessica Jones season 2 production: "October 2016 or later" (Screen Rant, after The Defenders).
    expect(document.activeElement?.getAttribute("data-event-id")).toBe("jessica-jones-2-production");
    // Autumn 2015 comes first; "by 17 January 2016" is placed at its one known bound.
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement?.getAttribute("data-event-id")).toBe("jessica-jones-1-release");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(document.activeElement?.getAttribute("data-event-id")).toBe("jessica-jones-1-release");
  });

  it("filters by show: unchecking a show removes its items from the chart and writes the URL", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    await userEvent.click(screen.getByRole("checkbox", { name: "Daredevil (4)" }));
    expect(item("daredevil-1-release")).toBeNull();
    expect(item("luke-cage-1-release")).not.toBeNull();
    // The one show left out is shorter to name than the five kept.
    expect(new URLSearchParams(window.location.search).get("show-except")).toBe("daredevil");
    expect(new URLSearchParams(window.location.search).has("show")).toBe(false);
    expect(screen.getByText("15 of 19 events shown", { selector: "[role=status]" })).toBeInTheDocument();
  });

  it("searches quotes as well as labels", async () => {
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    await userEvent.type(screen.getByRole("searchbox", { name: "Search labels and quotes" }), "giant");
    const shown = [...document.querySelectorAll("[data-event-id]")].map((e) =>
      e.getAttribute("data-event-id"),
    );
    // Only a quote says "giant question mark"; the label does not.
    expect(shown).toEqual(["daredevil-3-renewal"]);
  });

  it("switches to the table of the same filtered items", async () => {
    window.history.replaceState(null, "", "/?kind=release");
    renderWithQuery(<App />);
    await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    await screen.findAllByRole("table");
    const rows = screen.getAllByRole("row").filter((r) => r.querySelector("th[scope=row]"));
    expect(rows).toHaveLength(9);
    expect(new URLSearchParams(window.location.search).get("view")).toBe("table");
  });
});
