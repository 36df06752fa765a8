import { render, waitFor } from "@testing-library/react";
import { useRef, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { XTransform } from "../../src/dates/zoomWindow.ts";
import { markAllRows, markFirstDraw } from "../../src/chart/firstDraw.ts";
import { createTransformStore } from "../../src/chart/transformStore.ts";
import { useZoom, wheelDelta } from "../../src/chart/useZoom.ts";

const WIDTH = 800;

function Plot({ onEnd }: { onEnd: (t: XTransform) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [store] = useState(createTransformStore);
  useZoom(ref, store, WIDTH, 400, 64, onEnd);
  return <div ref={ref} data-testid="plot" />;
}

describe("useZoom", () => {
  it("a wheel turned before d3-zoom has loaded zooms at the pointer once it has, and the page does not scroll", async () => {
    markFirstDraw();
    markAllRows();
    const onEnd = vi.fn<(t: XTransform) => void>();
    const { getByTestId } = render(<Plot onEnd={onEnd} />);
    // d3-zoom is imported on demand: this wheel comes before it is there.
    const wheel = new WheelEvent("wheel", { deltaY: -300, clientX: 200, bubbles: true, cancelable: true });
    getByTestId("plot").dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    expect(onEnd).not.toHaveBeenCalled();
    await waitFor(() => expect(onEnd).toHaveBeenCalledTimes(1));
    const t = onEnd.mock.calls[0]![0];
    // 2^0.6 closer, with the day under the pointer (200 px) kept under it.
    expect(t.k).toBeCloseTo(2 ** 0.6, 9);
    expect(t.x).toBeCloseTo(200 - 200 * 2 ** 0.6, 6);
  });

  it("wheelDelta() is d3-zoom's: pixels, lines and pages, ten times for a pinch (ctrl)", () => {
    expect(wheelDelta({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(0.2);
    expect(wheelDelta({ deltaY: 3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(-0.15);
    expect(wheelDelta({ deltaY: -1, deltaMode: 2, ctrlKey: false })).toBeCloseTo(1);
    expect(wheelDelta({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.2);
  });
});
