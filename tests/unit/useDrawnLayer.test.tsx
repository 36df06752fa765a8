import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTransformStore, type TransformStore } from "../../src/chart/transformStore.ts";
import { useDrawnLayer } from "../../src/chart/useDrawnLayer.ts";

const WIDTH = 1000;

function Layers({ store }: { readonly store: TransformStore }) {
  const { labels, moved } = useDrawnLayer(store, WIDTH);
  return (
    <div ref={moved} data-testid="moved">
      <svg data-testid="items" />
      <svg ref={labels} data-testid="labels" />
    </div>
  );
}

function setup() {
  const store = createTransformStore();
  const view = render(<Layers store={store} />);
  return {
    store,
    moved: view.getByTestId("moved"),
    items: view.getByTestId("items"),
    labels: view.getByTestId("labels"),
  };
}

describe("the drawn layers during a zoom", () => {
  it("a zoom frame stretches both layers, by one transform, and hides the labels' layer, leaving the items' classes alone", () => {
    const { store, moved, items, labels } = setup();
    act(() => store.getState().frame({ k: 1.5, x: -100 }, WIDTH));
    expect(moved.style.transform).toBe("translate(-100px,0) scale(1.5,1)");
    expect([items.style.transform, labels.style.transform]).toEqual(["", ""]);
    expect(labels).toHaveClass("stretched");
    // A class on the items' layer would restyle, and repaint, every mark in it.
    expect(items.getAttribute("class")).toBeNull();
  });

  it("a pan moves the labels with their items and keeps them shown", () => {
    const { store, moved, labels } = setup();
    act(() => store.getState().frame({ k: 1, x: -100 }, WIDTH));
    expect(moved.style.transform).toBe("translate(-100px,0) scale(1,1)");
    expect(labels).not.toHaveClass("stretched");
  });

  it("once the gesture settles, the items are drawn for it and their labels shown again", () => {
    const { store, moved, labels } = setup();
    act(() => store.getState().frame({ k: 1.5, x: -100 }, WIDTH));
    act(() => void store.getState().settle({ k: 1.5, x: -100 }));
    expect(labels).not.toHaveClass("stretched");
    expect(moved.style.transform).toBe("");
  });
});
