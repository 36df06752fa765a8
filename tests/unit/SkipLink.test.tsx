import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp();

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
});
