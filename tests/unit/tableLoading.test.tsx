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

describe("the table while its chunk loads", () => {
  it("takes the skip link on its box, saying it is loading, and keeps focus there when the table comes", async () => {
    renderWithQuery(<App />);
    const loading = await screen.findByText("Loading the table…");
    expect(loading).toHaveAttribute("role", "status");
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
