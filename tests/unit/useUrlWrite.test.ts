import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTransformStore } from "../../src/chart/transformStore.ts";
import { useUrlWrite } from "../../src/chart/useUrlWrite.ts";
import type { TimeWindow } from "../../src/dates/zoomWindow.ts";

const WIDTH = 1000;
const SPRING_2016: TimeWindow = { from: "2016-03-01", to: "2016-06-01" };

function setup() {
  const store = createTransformStore();
  const written: (TimeWindow | null)[] = [];
  const onWindowChange = (window: TimeWindow | null) => void written.push(window);
  const hook = renderHook(() => useUrlWrite(store, onWindowChange));
  return { store, written, hook };
}

describe("a settled gesture's URL write", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => vi.useRealTimers());

  it("writes the window in a task of its own, after the gesture's end, and is pending until then", () => {
    const { store, written, hook } = setup();
    const t = { k: 4, x: -1200 };
    store.getState().settle(t);
    act(() => hook.result.current.write(t, SPRING_2016));
    expect(written).toEqual([]);
    expect(hook.result.current.pending()).toBe(true);
    act(() => vi.runAllTimers());
    expect(written).toEqual([SPRING_2016]);
    expect(hook.result.current.pending()).toBe(false);
  });

  it("writes nothing for a gesture that a new one has moved on from: its own end writes the URL", () => {
    const { store, written, hook } = setup();
    const t = { k: 4, x: -1200 };
    store.getState().settle(t);
    act(() => hook.result.current.write(t, SPRING_2016));
    store.getState().frame({ k: 5, x: -1500 }, WIDTH);
    act(() => vi.runAllTimers());
    expect(written).toEqual([]);
    expect(hook.result.current.pending()).toBe(false);
  });

  it("a second settle before the write replaces the first: one write, the last window", () => {
    const { store, written, hook } = setup();
    store.getState().settle({ k: 4, x: -1200 });
    act(() => hook.result.current.write({ k: 4, x: -1200 }, SPRING_2016));
    store.getState().settle({ k: 1, x: 0 });
    act(() => hook.result.current.write({ k: 1, x: 0 }, null));
    act(() => vi.runAllTimers());
    expect(written).toEqual([null]);
  });

  it("an unmounted chart writes nothing", () => {
    const { store, written, hook } = setup();
    store.getState().settle({ k: 4, x: -1200 });
    act(() => hook.result.current.write({ k: 4, x: -1200 }, SPRING_2016));
    hook.unmount();
    act(() => vi.runAllTimers());
    expect(written).toEqual([]);
  });
});
