import { describe, expect, it } from "vitest";
import { markReuser } from "../../../src/scene/markReuser.ts";
import type { SceneMark } from "../../../src/scene/scene.ts";

const mark = (id: string, x0: number, label: string | null = null): SceneMark => ({
  id,
  kind: "release",
  placement: { at: "plot" },
  row: 0,
  y: 20,
  parts: [
    {
      type: "rect",
      x: x0,
      y: -5,
      width: 10,
      height: 10,
      fill: "#123456",
      fillOpacity: 1,
      stroke: "none",
      strokeWidth: 0,
      dash: null,
      fade: null,
    },
  ],
  x0,
  x1: x0 + 10,
  anchor: [x0, x0 + 10],
  name: `${id}, 1 May 2016`,
  label: label === null ? null : { text: label, x: x0 + 14, width: 40, fill: "#000", halo: "#fff" },
});

describe("markReuser()", () => {
  it("gives back the last call's object for a mark that draws the same, and the new one for a changed mark", () => {
    const reuse = markReuser();
    const [a, b] = reuse([mark("a", 0, "Season 1"), mark("b", 50)]);
    const [a2, b2, c2] = reuse([mark("a", 0, "Season 1"), mark("b", 60), mark("c", 90)]);
    expect(a2).toBe(a);
    expect(b2).not.toBe(b);
    expect(b2?.x0).toBe(60);
    expect(c2?.id).toBe("c");
  });

  it("tells a label that moved, or went, from one that stayed", () => {
    const reuse = markReuser();
    const [before] = reuse([mark("a", 0, "Season 1")]);
    const [dropped] = reuse([mark("a", 0)]);
    expect(dropped).not.toBe(before);
    expect(dropped?.label).toBeNull();
    const [shown] = reuse([mark("a", 0, "Season 1")]);
    expect(shown?.label?.text).toBe("Season 1");
  });

  it("compares with the last call only: a mark that left and came back is new", () => {
    const reuse = markReuser();
    const [first] = reuse([mark("a", 0)]);
    reuse([]);
    const [again] = reuse([mark("a", 0)]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
