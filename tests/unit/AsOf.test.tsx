import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";

const bundled = readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8");

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(bundled)),
  );
  window.history.replaceState(null, "", "/");
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
    callback(0);
    return 0;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const item = (id: string) => document.querySelector(`[data-event-id="${id}"]`);
const asof = () => new URLSearchParams(window.location.search).get("asof");

async function slider() {
  await screen.findByRole("group", { name: "Timeline of Marvel’s Netflix shows" });
  return screen.getByRole("slider", { name: "Known as of" });
}

describe("the as-of view", () => {
  it("starts as of the newest report, 11 May 2016, with no outcome shown", async () => {
    renderWithQuery(<App />);
    expect(await slider()).toHaveAttribute("aria-valuetext", "11 May 2016");
    expect(item("jessica-jones-2-production")).toHaveAttribute(
      "aria-label",
      expect.stringContaining("October 2016 or later"),
    );
    expect(screen.queryByText(/premiered 8 March 2018/)).toBeNull();
  });

  it("steps back a report: Jessica Jones season 2 production is '2017' again, and Screen Rant's items are gone", async () => {
    renderWithQuery(<App />);
    await slider();
    await userEvent.click(screen.getByRole("button", { name: "Previous report" }));
    expect(screen.getByRole("slider", { name: "Known as of" })).toHaveAttribute(
      "aria-valuetext",
      "2 May 2016",
    );
    expect(asof()).toBe("2016-05-02");
    expect(item("jessica-jones-2-production")).toHaveAttribute(
      "aria-label",
      expect.stringContaining(", 2017,"),
    );
    expect(item("daredevil-2-release")).toBeNull();
  });

  it("moves by the slider a day at a time, with the day in words and in the URL", async () => {
    renderWithQuery(<App />);
    const range = await slider();
    fireEvent.change(range, { target: { value: String(Number(range.getAttribute("value")) - 9) } });
    expect(range).toHaveAttribute("aria-valuetext", "2 May 2016");
    expect(asof()).toBe("2016-05-02");
  });

  it("reads the day from the URL", async () => {
    window.history.replaceState(null, "", "/?asof=2016-01-17");
    renderWithQuery(<App />);
    expect(await slider()).toHaveAttribute("aria-valuetext", "17 January 2016");
    expect(item("the-punisher-1-possible")).not.toBeNull();
    expect(item("luke-cage-1-release")).toBeNull();
  });

  it("lists what that day's reports changed, and each line opens its event's citations", async () => {
    renderWithQuery(<App />);
    await slider();
    const list = screen.getByRole("region", { name: /What changed that day/ });
    const line = within(list).getByRole("button", {
      name: /Screen Rant, 11 May 2016: Jessica Jones season 2 production begins: .*; was 2017 \(Player\.One\)/,
    });
    await userEvent.click(line);
    expect(
      await screen.findByRole("dialog", { name: "Jessica Jones season 2 production begins" }),
    ).toBeVisible();
  });

  it("'How it turned out' jumps to the end and shows the outcomes", async () => {
    renderWithQuery(<App />);
    await slider();
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(asof()).toBe("end");
    expect(screen.getByRole("button", { name: "How it turned out" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Next report" })).toBeDisabled();
  });
});
