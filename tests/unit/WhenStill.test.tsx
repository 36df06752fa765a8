import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTransformStore } from "../../src/chart/transformStore.ts";
import { WhenStill } from "../../src/chart/WhenStill.tsx";

const WIDTH = 1000;

describe("WhenStill (the tooltip during a gesture)", () => {
  it("shows its children while the chart is still, none while a zoom is under way, and again once it settles", () => {
    const store = createTransformStore();
    let renders = 0;
    function Tip() {
      renders++;
      return <div role="tooltip">Luke Cage season 1 premieres</div>;
    }
    render(
      <WhenStill store={store}>
        <Tip />
      </WhenStill>,
    );
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
    act(() => store.getState().frame({ k: 1.2, x: -40 }, WIDTH));
    expect(screen.queryByRole("tooltip")).toBeNull();
    // Further frames of the same gesture change nothing: the tooltip is not placed again for each.
    act(() => store.getState().frame({ k: 1.5, x: -100 }, WIDTH));
    act(() => store.getState().frame({ k: 2, x: -200 }, WIDTH));
    expect(renders).toBe(1);
    act(() => void store.getState().settle({ k: 2, x: -200 }));
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
    expect(renders).toBe(2);
  });
});
