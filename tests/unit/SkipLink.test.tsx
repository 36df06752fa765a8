import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp();

/** The app, its dataset held back until `answer()`, and the skip link pressed while it loads. */
async function skipWhileLoading() {
  const original = globalThis.fetch;
  let answer = () => {};
  vi.stubGlobal("fetch", async (...args: Parameters<typeof fetch>) => {
    await new Promise<void>((resolve) => (answer = resolve));
    return original(...args);
  });
  renderWithQuery(<App />);
  await screen.findByText("Loading the timeline…");
  await userEvent.click(screen.getByRole("link", { name: "Skip to the timeline" }));
  return () => answer();
}

describe("the skip link", () => {
  it("focuses the chart's frame, focusable from the start but no Tab stop", async () => {
    renderWithQuery(<App />);
    const chart = await screen.findByRole("group", { name: /^Timeline: / });
    // Focusable as rendered: the skip link writes nothing on it.
    expect(chart).toHaveAttribute("tabindex", "-1");
    await userEvent.click(screen.getByRole("link", { name: "Skip to the timeline" }));
    expect(chart).toHaveFocus();
  });

  it("on a table the filters leave empty, lands on the message saying so, not on the page's main", async () => {
    window.history.replaceState(null, "", "/?view=table&q=no-such-words");
    renderWithQuery(<App />);
    const message = await screen.findByText("No events match the filters.");
    await userEvent.click(screen.getByRole("link", { name: "Skip to the timeline" }));
    expect(document.activeElement).not.toBe(screen.getByRole("main"));
    expect(document.activeElement).toContainElement(message);
  });

  it("pressed while the dataset loads, hands the focus on from the page's main to the chart as it comes", async () => {
    const answer = await skipWhileLoading();
    expect(screen.getByRole("main")).toHaveFocus();

    act(() => answer());
    expect(await screen.findByRole("group", { name: /^Timeline: / })).toHaveFocus();
  });

  it("waits no longer once the reader has moved the focus on", async () => {
    const answer = await skipWhileLoading();
    const open = screen.getByRole("button", { name: "Open a dataset…" });
    open.focus();

    act(() => answer());
    await screen.findByRole("group", { name: /^Timeline: / });
    expect(open).toHaveFocus();
  });
});
