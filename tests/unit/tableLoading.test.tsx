import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

// The table's chunk loads only when this test lets it: its loading state lasts as long as the test needs.
const chunk = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => arrive() };
});
vi.mock("../../src/components/DatasetTable.tsx", async (original) => {
  await chunk.arrived;
  return original();
});

withBundledApp("/?view=table");

/** Each status region put in the page, with the text it held when it came. */
function watchStatuses() {
  const came: { element: Element; text: string }[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element)
          for (const element of [node, ...node.querySelectorAll("[role=status]")])
            if (element.getAttribute("role") === "status") came.push({ element, text: element.textContent });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { came, stop: () => observer.disconnect() };
}

describe("the table while its chunk loads", () => {
  it("says “Loading the table…” in a polite status that was in the page, empty, before its text", async () => {
    const statuses = watchStatuses();
    renderWithQuery(<App />);
    const loading = await screen.findByText("Loading the table…");
    statuses.stop();
    expect(loading).toHaveAttribute("role", "status");
    expect(loading).not.toHaveAttribute("aria-live");
    // A screen reader announces a change inside a live region it knows, not a region that comes with its text.
    expect(statuses.came.find((s) => s.element === loading)?.text).toBe("");
    // One region says it, not a region inside another (which would say it twice).
    expect(loading.parentElement?.closest("[role=status], [aria-live]")).toBeNull();
  });

  it("takes the skip link on its box, saying it is loading, and keeps focus there when the table comes", async () => {
    renderWithQuery(<App />);
    const loading = await screen.findByText("Loading the table…");
    await userEvent.click(screen.getByRole("link", { name: "Skip to the timeline" }));
    const box = document.activeElement;
    expect(box).not.toBe(screen.getByRole("main"));
    expect(box).toContainElement(loading);

    await act(async () => chunk.arrive());
    const [first] = await screen.findAllByRole("table");
    expect(document.activeElement).toBe(box);
    expect(box).toContainElement(first!);
  });
});
