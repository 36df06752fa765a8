import { act, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as MarksCanvasModule from "../../src/chart/useMarksCanvas.ts";
import type { EarlyDataset } from "../../src/earlyDataset.ts";
import { prepareDatasetText, type PreparedDataset } from "../../src/model/prepareDataset.ts";
import { loadMarksCanvas } from "../../src/chart/useMarksCanvas.ts";
import { CANVAS_LIKELY_BYTES, DATASET_WAIT_MS, startApp } from "../../src/startApp.tsx";

const bundled = readFileSync(resolve(import.meta.dirname, "../../public/data/timeline.json"), "utf8");
const URL_ = "/data/timeline.json";

// The real renderer loader, watched: which datasets make the page fetch the canvas chunk early.
vi.mock("../../src/chart/useMarksCanvas.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof MarksCanvasModule>();
  return { ...actual, loadMarksCanvas: vi.fn(actual.loadMarksCanvas) };
});

/**
 * A download under way: `arrive()` hands the app its prepared dataset. Its size is declared at once, or
 * never when none is given (`declaredBytes`).
 */
function underWay(
  declaredBytes?: number | Promise<number>,
): EarlyDataset & { prepare: () => Promise<void>; arrive: () => Promise<void> } {
  let settle: (dataset: PreparedDataset) => void = () => undefined;
  let ready: PreparedDataset | undefined;
  const prepared = new Promise<PreparedDataset>((done) => (settle = done));
  const prepare = async () => {
    ready ??= await prepareDatasetText(bundled);
  };
  return {
    url: URL_,
    prepared,
    ready: () => ready,
    declared:
      declaredBytes === undefined ? new Promise<number>(() => undefined) : Promise.resolve(declaredBytes),
    // Ready (as the early download reports it), its promise not yet taken over by the page.
    prepare,
    arrive: async () => {
      await prepare();
      settle(ready!);
    },
  };
}

/** Everything the page said it was loading, in order, as it went by. */
function watchLoading(): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    for (const status of document.querySelectorAll("[role=status]")) {
      const text = status.textContent ?? "";
      if (text.startsWith("Loading") && seen.at(-1) !== text) seen.push(text);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  const stopApp = stop;
  stop = () => {
    stopApp();
    observer.disconnect();
  };
  return seen;
}

let stop: () => void = () => undefined;

beforeEach(() => {
  document.body.replaceChildren(Object.assign(document.createElement("div"), { id: "root" }));
  window.history.replaceState(null, "", "/");
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(bundled)),
  );
});

afterEach(() => {
  act(() => stop());
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("startApp", () => {
  it("starts fetching the canvas renderer before the data is prepared when the file is that large", async () => {
    vi.mocked(loadMarksCanvas).mockClear();
    stop = startApp(underWay(CANVAS_LIKELY_BYTES + 1));
    await act(async () => undefined);
    expect(loadMarksCanvas).toHaveBeenCalledTimes(1);
  });

  it("starts fetching it when the size is declared only after the app has started", async () => {
    vi.mocked(loadMarksCanvas).mockClear();
    let declare: (bytes: number) => void = () => undefined;
    stop = startApp(underWay(new Promise<number>((resolve) => (declare = resolve))));
    await act(async () => undefined);
    expect(loadMarksCanvas).not.toHaveBeenCalled();
    await act(async () => declare(CANVAS_LIKELY_BYTES + 1));
    expect(loadMarksCanvas).toHaveBeenCalledTimes(1);
  });

  it("leaves the canvas renderer alone for a smaller file, or one of unknown size", async () => {
    vi.mocked(loadMarksCanvas).mockClear();
    stop = startApp(underWay(CANVAS_LIKELY_BYTES));
    await act(async () => undefined);
    act(() => stop());
    stop = startApp(underWay());
    await act(async () => undefined);
    expect(loadMarksCanvas).not.toHaveBeenCalled();
  });

  it("draws a dataset that arrives within the wait in its first render, with no Loading before it", async () => {
    const early = underWay();
    stop = startApp(early);
    const loading = watchLoading();
    await early.arrive();
    const chart = await screen.findByRole("group", { name: /^Timeline: / });
    expect(chart.querySelectorAll("[data-event-id]")).toHaveLength(19);
    expect(loading).toEqual([]);
  });

  it("does not say Loading when the dataset is ready as the wait runs out, but renders after a second wait", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const early = underWay();
    stop = startApp(early);
    const loading = watchLoading();
    await early.prepare();
    await act(async () => vi.advanceTimersByTime(DATASET_WAIT_MS));
    expect(document.getElementById("root")?.childElementCount).toBe(0);
    // Whatever holds the page up then (its promise here), it renders once the second wait is over.
    await act(async () => vi.advanceTimersByTime(DATASET_WAIT_MS));
    vi.useRealTimers();
    expect(await screen.findByText("Loading the timeline…")).toBeInTheDocument();
    await early.arrive();
    expect(await screen.findByRole("group", { name: /^Timeline: / })).toBeInTheDocument();
    expect(loading).toEqual(["Loading the timeline…"]);
  });

  it("says Loading for a dataset slower than the wait, then draws it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const early = underWay();
    stop = startApp(early);
    const loading = watchLoading();
    await act(async () => vi.advanceTimersByTime(DATASET_WAIT_MS));
    vi.useRealTimers();
    expect(await screen.findByText("Loading the timeline…")).toBeInTheDocument();
    await early.arrive();
    const chart = await screen.findByRole("group", { name: /^Timeline: / });
    expect(chart.querySelectorAll("[data-event-id]")).toHaveLength(19);
    expect(loading).toEqual(["Loading the timeline…"]);
  });
});
