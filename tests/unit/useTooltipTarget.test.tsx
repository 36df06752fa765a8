import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTooltipTarget } from "../../src/chart/useTooltipTarget.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("useTooltipTarget()", () => {
  it("shows the first item hovered at once", () => {
    const { result } = renderHook(() => useTooltipTarget());
    act(() => result.current.onHover("a"));
    expect(result.current.shownId).toBe("a");
    expect(result.current.shownBy).toBe("hover");
  });

  it("keeps a tooltip while the pointer crosses another item on its way to it", () => {
    const { result } = renderHook(() => useTooltipTarget());
    act(() => result.current.onHover("a"));
    // Out of a, across b, out of b, onto a's tooltip (whose enter is a's).
    act(() => result.current.onHover(null));
    act(() => result.current.onHover("b"));
    act(() => void vi.advanceTimersByTime(100));
    expect(result.current.shownId).toBe("a");
    act(() => result.current.onHover(null));
    act(() => result.current.onHover("a"));
    act(() => void vi.advanceTimersByTime(1000));
    expect(result.current.shownId).toBe("a");
  });

  it("shows another item's tooltip once the pointer rests on it a moment", () => {
    const { result } = renderHook(() => useTooltipTarget());
    act(() => result.current.onHover("a"));
    act(() => result.current.onHover(null));
    act(() => result.current.onHover("b"));
    act(() => void vi.advanceTimersByTime(150));
    expect(result.current.shownId).toBe("b");
  });

  it("hides the tooltip a moment after the pointer leaves for nowhere", () => {
    const { result } = renderHook(() => useTooltipTarget());
    act(() => result.current.onHover("a"));
    act(() => result.current.onHover(null));
    act(() => void vi.advanceTimersByTime(199));
    expect(result.current.shownId).toBe("a");
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current.shownId).toBeNull();
  });
});
