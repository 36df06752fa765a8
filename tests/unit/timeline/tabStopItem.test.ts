import { describe, expect, it } from "vitest";
import type { PlacedItem } from "../../../src/layout/rowLayout.ts";
import { tabStopItem } from "../../../src/layout/tabStopItem.ts";

/** A dated item at fitted pixels [fitX0, fitX1] (half a 10 px marker each side), starting on `day`. */
const plotted = (id: string, y: number, fitX0: number, fitX1: number, day: number) =>
  ({
    item: { id, start: { earliest: Date.UTC(2016, 0, day), latest: Date.UTC(2016, 0, day) } },
    row: 0,
    y,
    placement: { at: "plot", fitX0, fitX1 },
  }) as unknown as PlacedItem;
const PAD = 5;
const WIDTH = 800;
const BAND = { top: 0, height: 300 };

describe("tabStopItem()", () => {
  it("tabStopItem() picks the first in time of the items whose day is on screen", () => {
    const drawn = [plotted("later", 50, 395, 405, 20), plotted("earlier", 100, 195, 205, 10)];
    expect(tabStopItem(drawn, { k: 1, x: 0 }, WIDTH, BAND, PAD)?.item.id).toBe("earlier");
  });

  it("tabStopItem() does not count the marker's room, which grows with the zoom, as on screen", () => {
    // Zoomed 20×: the milestone's day is at 20·100 − 2,050 = −50 px, left of the plot; its packed room
    // (±5 fit px, ±100 px on screen) would still reach into it.
    const t = { k: 20, x: -2_050 };
    const offLeft = plotted("off-left", 50, 95, 105, 1);
    const inView = plotted("in-view", 50, 125, 135, 5);
    expect(tabStopItem([offLeft, inView], t, WIDTH, BAND, PAD)?.item.id).toBe("in-view");
  });

  it("tabStopItem() counts a window that spans the whole view as on screen", () => {
    const across = plotted("across", 50, 0, 1_000, 1);
    expect(tabStopItem([across], { k: 10, x: -4_000 }, WIDTH, BAND, PAD)?.item.id).toBe("across");
  });

  it("tabStopItem() leaves out items in rows above or below the band in view", () => {
    const above = plotted("above", 10, 95, 105, 1);
    const inBand = plotted("in-band", 150, 395, 405, 9);
    expect(tabStopItem([above, inBand], { k: 1, x: 0 }, WIDTH, { top: 100, height: 300 }, PAD)?.item.id).toBe(
      "in-band",
    );
  });

  it("tabStopItem() with nothing on screen picks the drawn item nearest the view, not the first in time", () => {
    // The view shows fitted pixels 2,000–2,800: nothing there. "near" ends 40 px left of it, "first" far left.
    const first = plotted("first", 150, 10, 20, 1);
    const near = plotted("near", 150, 1_950, 1_965, 20);
    expect(tabStopItem([first, near], { k: 1, x: -2_000 }, WIDTH, BAND, PAD)?.item.id).toBe("near");
  });

  it("tabStopItem() gives null when nothing is drawn", () => {
    expect(tabStopItem([], { k: 1, x: 0 }, WIDTH, BAND, PAD)).toBeNull();
  });
});
