import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTransformStore } from "../../src/chart/transformStore.ts";
import { WhenStill } from "../../src/chart/WhenStill.tsx";

const WIDTH = 1000;

function setup(resume: "settled" | "pointer") {
  const store = createTransformStore();
  const renders = { count: 0 };
  function Tip() {
    renders.count++;
    return <div role="tooltip">Luke Cage season 1 premieres</div>;
  }
  render(
    <WhenStill store={store} resume={resume}>
      <Tip />
    </WhenStill>,
  );
  const zoom = () => {
    act(() => store.getState().frame({ k: 1.2, x: -40 }, WIDTH));
    expect(screen.queryByRole("tooltip")).toBeNull();
    // Further frames of the same gesture change nothing: the tooltip is not placed again for each.
    act(() => store.getState().frame({ k: 1.5, x: -100 }, WIDTH));
    act(() => store.getState().frame({ k: 2, x: -200 }, WIDTH));
    act(() => void store.getState().settle({ k: 2, x: -200 }));
  };
  return { zoom, renders };
}

describe("WhenStill (the tooltip during a gesture)", () => {
  it("a focused item's tooltip steps aside while a zoom is under way and comes back once it settles", () => {
    const { zoom, renders } = setup("settled");
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
    zoom();
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
    expect(renders.count).toBe(2);
  });

  it("a hovered item's tooltip comes back at the pointer's next move, not when the zoom settles", () => {
    const { zoom } = setup("pointer");
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
    zoom();
    expect(screen.queryByRole("tooltip")).toBeNull();
    fireEvent.pointerMove(window);
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
  });
});
