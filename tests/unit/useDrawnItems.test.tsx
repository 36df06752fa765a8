import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useDrawnItems } from "../../src/chart/useDrawnItems.ts";
import * as keyboardOrder from "../../src/layout/keyboardOrder.ts";
import type { PlacedItem } from "../../src/layout/rowLayout.ts";
import { indexLayout } from "../../src/layout/visibleItems.ts";

vi.mock("../../src/layout/keyboardOrder.ts", async (importOriginal) => {
  const original = await importOriginal<typeof keyboardOrder>();
  return { ...original, firstInTime: vi.fn(original.firstInTime) };
});

/** A dated item at fitted pixels [fitX0, fitX0 + 10], starting on `day` of January 2016. */
const plotted = (id: string, y: number, fitX0: number, day: number) =>
  ({
    item: { id, start: { earliest: Date.UTC(2016, 0, day), latest: Date.UTC(2016, 0, day) } },
    row: 0,
    y,
    placement: { at: "plot", fitX0, fitX1: fitX0 + 10 },
  }) as unknown as PlacedItem;

const PLACED = [plotted("in-view", 50, 400, 20), plotted("far-below", 5_000, 100, 1)];

function tabStopAt(viewportTop: number) {
  const { result } = renderHook(() =>
    useDrawnItems({
      index: indexLayout(PLACED),
      placed: PLACED,
      placedById: new Map(PLACED.map((p) => [p.item.id, p])),
      transform: { k: 1, x: 0 },
      plotWidth: 800,
      viewport: { top: viewportTop, height: 300 },
      activeId: null,
      selectedId: null,
      shownId: null,
      pendingFocus: null,
    }),
  );
  return result.current.tabStop;
}

describe("useDrawnItems()", () => {
  it("reads every item for the first in time only when nothing is drawn near the view", () => {
    const firstInTime = vi.mocked(keyboardOrder.firstInTime);
    firstInTime.mockClear();
    expect(tabStopAt(0)).toBe("in-view");
    expect(firstInTime.mock.calls.some(([list]) => list === PLACED)).toBe(false);
    // Scrolled far past every item: the tab stop is the first of all, read from every item.
    expect(tabStopAt(20_000)).toBe("far-below");
    expect(firstInTime.mock.calls.some(([list]) => list === PLACED)).toBe(true);
  });
});
