import { describe, expect, it } from "vitest";
import { createTransformStore } from "../../src/chart/transformStore.ts";

const WIDTH = 1000;

describe("the zoom store", () => {
  it("a gesture's frame within what was drawn moves the live zoom only: nothing is redrawn", () => {
    const store = createTransformStore();
    store.getState().frame({ k: 1.5, x: -100 }, WIDTH);
    expect(store.getState().live).toEqual({ k: 1.5, x: -100 });
    expect(store.getState().drawn).toEqual({ k: 1, x: 0 });
  });

  it("a frame that stretches the drawn items too far redraws them for it", () => {
    const store = createTransformStore();
    store.getState().frame({ k: 4, x: -1500 }, WIDTH);
    expect(store.getState().drawn).toEqual({ k: 4, x: -1500 });
  });

  it("a frame that pans past the drawn overscan redraws", () => {
    const store = createTransformStore();
    store.getState().settle({ k: 4, x: 0 });
    store.getState().frame({ k: 4, x: -2500 }, WIDTH);
    expect(store.getState().drawn).toEqual({ k: 4, x: -2500 });
  });

  it("a settled gesture redraws for where it ended, and a settle where it was drawn notifies no one of a redraw", () => {
    const store = createTransformStore();
    store.getState().frame({ k: 2, x: -300 }, WIDTH);
    store.getState().settle({ k: 2, x: -300 });
    expect(store.getState().drawn).toEqual({ k: 2, x: -300 });
    const drawn = store.getState().drawn;
    store.getState().settle({ k: 2, x: -300 });
    expect(store.getState().drawn).toBe(drawn);
  });

  it("a gesture that ends where it began, but for rounding (five wheel steps in, five out), redraws nothing", () => {
    const store = createTransformStore();
    const drawn = store.getState().drawn;
    let t = { k: 1, x: 0 };
    const step = (factor: number) => {
      const at = 555.5;
      t = { k: t.k * factor, x: at - (at - t.x) * factor };
      store.getState().frame(t, WIDTH);
    };
    for (let i = 0; i < 5; i++) step(2 ** 0.3);
    for (let i = 0; i < 5; i++) step(2 ** -0.3);
    expect(t).not.toEqual({ k: 1, x: 0 });
    store.getState().settle(t);
    expect(store.getState().drawn).toBe(drawn);
    expect(store.getState().live).toBe(drawn);
    // A real move still redraws, however small on screen.
    store.getState().settle({ k: 1, x: -0.01 });
    expect(store.getState().drawn).toEqual({ k: 1, x: -0.01 });
  });

  it("a gesture is moving from its first frame until it settles: the canvas's labels wait until then", () => {
    const store = createTransformStore();
    expect(store.getState().moving).toBe(false);
    store.getState().frame({ k: 1.5, x: -100 }, WIDTH);
    expect(store.getState().moving).toBe(true);
    store.getState().frame({ k: 4, x: -1500 }, WIDTH);
    expect(store.getState().moving).toBe(true);
    store.getState().settle({ k: 4, x: -1500 });
    expect(store.getState().moving).toBe(false);
  });
});
