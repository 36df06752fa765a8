import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ZoomTools } from "../../src/chart/ZoomTools.tsx";
import { createTransformStore } from "../../src/chart/transformStore.ts";
import type { ZoomControls } from "../../src/chart/useZoom.ts";

const zoom = { zoomBy: vi.fn(), panBy: vi.fn() } as unknown as ZoomControls;
const disabled = (name: string) =>
  screen.getByRole("button", { name }).getAttribute("aria-disabled") === "true";

describe("ZoomTools: the zoom buttons", () => {
  it("say a bound left once the gesture settles, not at its first frame: a wheel's start renders nothing", () => {
    const store = createTransformStore();
    render(<ZoomTools zoom={zoom} store={store} plotWidth={1000} maxK={100} kept={false} fit={vi.fn()} />);
    expect(disabled("Zoom out")).toBe(true);
    expect(disabled("Zoom in")).toBe(false);
    // A frame 1.2× in, about the middle: the layer is stretched; the buttons stay as they were.
    const inAtMiddle = { k: 1.2, x: -100 };
    act(() => store.getState().frame(inAtMiddle, 1000));
    expect(disabled("Zoom out")).toBe(true);
    act(() => void store.getState().settle(inAtMiddle));
    expect(disabled("Zoom out")).toBe(false);
    expect(disabled("Pan earlier")).toBe(false);
    expect(disabled("Pan later")).toBe(false);
    // At the deepest zoom, + says it would do nothing.
    act(() => void store.getState().settle({ k: 100, x: -49_500 }));
    expect(disabled("Zoom in")).toBe(true);
  });
});
