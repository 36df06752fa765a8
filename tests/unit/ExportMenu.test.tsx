import { render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ExportMenu } from "../../src/components/ExportMenu.tsx";
import type { Dataset } from "../../src/data/schema.ts";
import { timelineItems } from "../../src/model/timelineItems.ts";

const dataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8"),
) as Dataset;
const items = timelineItems(dataset);
const menu = (shown: typeof items, of: Dataset = dataset) => (
  <ExportMenu shownScene={() => null} dataset={of} items={shown} chartShown asOf={null} />
);
const button = (name: string) => screen.getByRole("button", { name });
const SAVES = ["Save SVG", "Save PNG", "Save CSV", "Save JSON"];

describe("<ExportMenu>", () => {
  it("offers every export while events are shown", () => {
    render(menu(items.slice(0, 1)));
    for (const name of [...SAVES, "Save all as JSON"]) {
      expect(button(name)).not.toHaveAttribute("aria-disabled");
      expect(button(name)).not.toHaveAccessibleDescription();
    }
  });

  it("offers no empty file when the filters leave nothing, and says why; all of the day's events still save", () => {
    render(menu([]));
    for (const name of SAVES) {
      expect(button(name)).toHaveAttribute("aria-disabled", "true");
      expect(button(name)).toHaveAccessibleDescription("Nothing to export: no events match the filters.");
    }
    expect(button("Save all as JSON")).not.toHaveAttribute("aria-disabled");
  });

  it("says in its name what the exports hold, in words that fit one event or none", () => {
    const { rerender } = render(menu(items.slice(0, 1)));
    expect(screen.getByRole("group")).toHaveAccessibleName(`Export: the 1 event shown, of ${items.length}`);
    rerender(menu(items.slice(0, 1), { ...dataset, events: dataset.events.slice(0, 1) }));
    expect(screen.getByRole("group")).toHaveAccessibleName("Export: the 1 event");
    rerender(menu([], { ...dataset, events: [] }));
    expect(screen.getByRole("group")).toHaveAccessibleName("Export: no events");
  });

  it("offers nothing at all on a day before the first report", () => {
    render(menu([], { ...dataset, events: [] }));
    for (const name of [...SAVES, "Save all as JSON"]) {
      expect(button(name)).toHaveAccessibleDescription(
        "Nothing to export: nothing had been reported by this day.",
      );
    }
  });

  it("in the table view, keeps Save SVG and Save PNG focusable and says there is no chart to save", () => {
    render(
      <ExportMenu shownScene={() => null} dataset={dataset} items={items} chartShown={false} asOf={null} />,
    );
    for (const name of ["Save SVG", "Save PNG"]) {
      expect(button(name)).toBeEnabled();
      expect(button(name)).toHaveAttribute("aria-disabled", "true");
      expect(button(name)).toHaveAccessibleDescription(
        "Nothing to save as a picture: the table is shown, not the chart.",
      );
    }
    expect(button("Save CSV")).not.toHaveAttribute("aria-disabled");
  });
});
