import { describe, expect, it } from "vitest";
import { placedListReuser } from "../../../src/layout/placedListReuser.ts";
import type { PlacedItem } from "../../../src/layout/rowLayout.ts";
import { item } from "./build.ts";

const A = item("a", { start: "2016-05-01" });
const B = item("b", { start: "2016-06-01" });
const onPlot = (it: typeof A, y: number, fitX0: number): PlacedItem => ({
  item: it,
  row: 0,
  y,
  placement: { at: "plot", fitX0, fitX1: fitX0 + 10 },
});

describe("placedListReuser()", () => {
  it("placedListReuser() gives back the last list when a new layout places the same items at the same places", () => {
    const reuse = placedListReuser();
    const first = reuse([onPlot(A, 10, 0), onPlot(B, 30, 50)]);
    // New objects, same places (a layout made again): the first list.
    expect(reuse([onPlot(A, 10, 0), onPlot(B, 30, 50)])).toBe(first);
  });

  it("placedListReuser() gives the new list when an item moved, another came or the order changed", () => {
    const reuse = placedListReuser();
    const first = reuse([onPlot(A, 10, 0), onPlot(B, 30, 50)]);
    const moved = [onPlot(A, 10, 0), onPlot(B, 50, 50)];
    expect(reuse(moved)).toBe(moved);
    const shifted = [onPlot(A, 10, 1), onPlot(B, 50, 50)];
    expect(reuse(shifted)).toBe(shifted);
    const fewer = [onPlot(A, 10, 1)];
    expect(reuse(fewer)).toBe(fewer);
    const swapped = [onPlot(B, 30, 50), onPlot(A, 10, 0)];
    expect(reuse(swapped)).toBe(swapped);
    const shelved: PlacedItem[] = [{ item: A, row: 0, y: 10, placement: { at: "shelf", column: 0 } }];
    expect(reuse(shelved)).toBe(shelved);
    expect(reuse([{ ...shelved[0]!, placement: { at: "shelf", column: 1 } }])).not.toBe(shelved);
    expect(first).not.toBe(swapped);
  });
});
