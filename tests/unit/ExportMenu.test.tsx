import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Suspense } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LostTo } from "../../src/components/AsReadNote.tsx";
import { ExportMenu } from "../../src/components/ExportMenu.tsx";
import { ProblemList } from "../../src/components/ProblemList.tsx";
import { parseDataset } from "../../src/data/parseDataset.ts";
import type { Problem } from "../../src/data/problemLog.ts";
import type { Dataset } from "../../src/data/schema.ts";
import { timelineItems } from "../../src/model/timelineItems.ts";

/** The files the menu saved: their names and texts (a picture's text is not kept). */
const saved = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock("../../src/components/exportView.ts", () => ({
  downloadBlob: async (blob: Blob, name: string) => saved.push({ name, text: await blob.text() }),
  downloadSvg: (_scene: unknown, _caption: string, name: string) => saved.push({ name, text: "" }),
  downloadPng: (_scene: unknown, _caption: string, name: string) => saved.push({ name, text: "" }),
}));
// A scene of no rows: the picture's caption has no rows to name.
vi.mock("../../src/scene/buildScene.ts", () => ({ buildScene: () => ({ rows: [], height: 0 }) }));
beforeEach(() => {
  saved.length = 0;
});

const dataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8"),
) as Dataset;
const items = timelineItems(dataset);
const menu = (shown: typeof items, of: Dataset = dataset, asOf: number | null = null) => (
  <ExportMenu
    url="/data/timeline.json"
    shownScene={() => null}
    dataset={of}
    items={shown}
    chartShown
    asOf={asOf}
    lostTo={null}
  />
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
      // By the element that says it, not by the title alone: the id it names is on the page.
      const id = button(name).getAttribute("aria-describedby") ?? "";
      expect(document.getElementById(id), name).toHaveTextContent("Nothing to export: no events match");
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
    render(menu([], { ...dataset, events: [] }, Date.UTC(2015, 0, 1)));
    for (const name of [...SAVES, "Save all as JSON"]) {
      expect(button(name)).toHaveAccessibleDescription(
        "Nothing to export: nothing had been reported by this day.",
      );
    }
  });

  it("offers nothing of a timeline of no events, and says so, not that a day held them back", () => {
    render(menu([], { ...dataset, events: [] }));
    for (const name of [...SAVES, "Save all as JSON"]) {
      expect(button(name)).toHaveAccessibleDescription("Nothing to export: the timeline has no events.");
    }
  });

  it("in the table view, keeps Save SVG and Save PNG focusable and says there is no chart to save", () => {
    render(
      <ExportMenu
        url="/data/timeline.json"
        shownScene={() => null}
        dataset={dataset}
        items={items}
        chartShown={false}
        asOf={null}
        lostTo={null}
      />,
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

describe("<ExportMenu> of a dataset that lost items to problems", () => {
  const problem = (path: string, effect: Problem["effect"]): Problem => ({
    id: null,
    path,
    reason: "wrong",
    effect,
  });
  // Two listed and 900 more like the second, left out; one kept (drawn, only worth checking).
  const lostTo: LostTo = {
    problems: [
      problem("events[3].start", "left out"),
      problem("events[4].start", "left out"),
      problem("sources[0].url", "kept"),
    ],
    omitted: [{ like: problem("events[4].start", "left out"), count: 900 }],
  };
  // What the chart's scene is built from (buildScene and the download itself are mocked).
  const scene = { input: {}, top: 0, height: 0 } as never;
  const lossy = (shown = items) => (
    <Suspense fallback={null}>
      <ExportMenu
        url="/data/timeline.json"
        shownScene={() => scene}
        dataset={dataset}
        items={shown}
        chartShown
        asOf={null}
        lostTo={lostTo}
      />
    </Suspense>
  );
  const NOTE =
    "The saved CSV and JSON hold only what was read: 902 problems, listed above, left parts of the dataset out.";

  it("says under the buttons, in words, that the CSV and JSON hold only what was read, counted as the problem list counts", async () => {
    render(
      <>
        <ProblemList {...lostTo} />
        {lossy()}
      </>,
    );
    expect(await screen.findByText(NOTE)).toBeVisible();
    expect(screen.getByRole("heading", { name: /left out/ })).toHaveTextContent("(902 problems)");
    for (const name of ["Save CSV", "Save JSON", "Save all as JSON"]) {
      expect(button(name)).toHaveAccessibleDescription(NOTE);
    }
    // A picture is what the page draws: nothing to say of it.
    for (const name of ["Save SVG", "Save PNG"]) expect(button(name)).not.toHaveAccessibleDescription();
  });

  it("one problem is said in the singular", async () => {
    render(
      <Suspense fallback={null}>
        <ExportMenu
          url="/data/timeline.json"
          shownScene={() => null}
          dataset={dataset}
          items={items}
          chartShown
          asOf={null}
          lostTo={{ problems: [problem("events[3].start", "left out")], omitted: [] }}
        />
      </Suspense>,
    );
    expect(
      await screen.findByText(
        "The saved CSV and JSON hold only what was read: 1 problem, listed above, left part of the dataset out.",
      ),
    ).toBeVisible();
  });

  it("names the CSV and JSON it saves incomplete, and the JSON is still a valid dataset; a picture's name is as ever", async () => {
    render(lossy());
    await screen.findByText(NOTE);
    for (const name of ["Save JSON", "Save CSV", "Save SVG"]) {
      await userEvent.click(button(name));
      await waitFor(() =>
        expect(saved).toHaveLength(["Save JSON", "Save CSV", "Save SVG"].indexOf(name) + 1),
      );
    }
    expect(saved.map(({ name }) => name)).toEqual([
      "timeline-incomplete.json",
      "timeline-incomplete.csv",
      "timeline.svg",
    ]);
    const json = parseDataset(JSON.parse(saved[0]!.text));
    expect(json.problems).toEqual([]);
    expect(json.dataset.events).toHaveLength(dataset.events.length);
  });

  it("names the files after the file the dataset was opened from", async () => {
    render(
      <Suspense fallback={null}>
        <ExportMenu
          url="local:1:my-marvel.csv"
          shownScene={() => null}
          dataset={dataset}
          items={items.slice(0, 1)}
          chartShown
          asOf={null}
          lostTo={null}
        />
      </Suspense>,
    );
    await userEvent.click(button("Save CSV"));
    await waitFor(() => expect(saved).toHaveLength(1));
    await userEvent.click(button("Save all as JSON"));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map(({ name }) => name)).toEqual(["my-marvel-selection.csv", "my-marvel.json"]);
  });

  it("a selection's name says both, and Save all as JSON's says incomplete alone", async () => {
    render(lossy(items.slice(0, 1)));
    await screen.findByText(NOTE);
    await userEvent.click(button("Save JSON"));
    await waitFor(() => expect(saved).toHaveLength(1));
    await userEvent.click(button("Save all as JSON"));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map(({ name }) => name)).toEqual([
      "timeline-selection-incomplete.json",
      "timeline-incomplete.json",
    ]);
  });
});
