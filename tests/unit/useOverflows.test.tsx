import { act, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useOverflows } from "../../src/components/useOverflows.ts";

/** A scroll region as the scorecard has them: a Tab stop only while its content is wider than it. */
function Region({ rows }: { readonly rows: number }) {
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(box);
  return (
    <div role="region" aria-label="Predictions" ref={box} tabIndex={scrolls ? 0 : undefined}>
      {rows === 0 ? <p>No predictions match.</p> : <table aria-label={`${rows} rows`} />}
    </div>
  );
}

describe("a scroll region's Tab stop", () => {
  /** Each observer's element set and callback, as a browser keeps them. */
  const observers: { readonly observed: Set<Element>; readonly measure: () => void }[] = [];
  let contentWidth = 300;
  beforeEach(() => {
    observers.length = 0;
    vi.stubGlobal(
      "ResizeObserver",
      class {
        private readonly observed = new Set<Element>();
        constructor(measure: () => void) {
          observers.push({ observed: this.observed, measure });
        }
        observe(element: Element) {
          this.observed.add(element);
        }
        unobserve(element: Element) {
          this.observed.delete(element);
        }
        disconnect() {
          this.observed.clear();
        }
      },
    );
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(390);
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockImplementation(function (this: HTMLElement) {
      return this.getAttribute("role") === "region" ? contentWidth : 0;
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  /** The element changed size: the observers watching it are told, as a browser tells them. */
  const resized = (element: Element) =>
    act(() => observers.filter((o) => o.observed.has(element)).forEach((o) => o.measure()));

  it("comes when a child added after it mounted (a table after a filter) grows too wide", async () => {
    const { rerender } = render(<Region rows={0} />);
    const region = screen.getByRole("region", { name: "Predictions" });
    resized(region);
    expect(region).not.toHaveAttribute("tabindex");
    rerender(<Region rows={40} />);
    // The new child is seen (a MutationObserver's records come in a microtask).
    await act(async () => {});
    contentWidth = 900;
    resized(screen.getByRole("table", { name: "40 rows" }));
    expect(region).toHaveAttribute("tabindex", "0");
  });
});
