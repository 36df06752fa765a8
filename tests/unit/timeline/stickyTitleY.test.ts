import { describe, expect, it } from "vitest";
import type { SceneRow } from "../../../src/scene/scene.ts";
import { stickyTitleY } from "../../../src/scene/stickyTitleY.ts";

const row = (y: number, height: number): SceneRow => ({
  id: "daredevil",
  y,
  height,
  fill: "#fff",
  swatch: "#c00",
  title: { text: "Daredevil", x: 8, y: y + 15, fill: "#000", size: 14, weight: 700, anchor: "start" },
  seasons: [],
});

describe("stickyTitleY()", () => {
  it("leaves the title where the scene puts it while its row's top is in view", () => {
    expect(stickyTitleY(row(100, 300), 0)).toBe(115);
    expect(stickyTitleY(row(100, 300), 100)).toBe(115);
  });

  it("keeps the title at the top of the band for a row scrolled partly out of view", () => {
    expect(stickyTitleY(row(100, 300), 180)).toBe(195);
  });

  it("lets the row's bottom push the title away: it never leaves its row", () => {
    expect(stickyTitleY(row(100, 300), 390)).toBe(395);
    expect(stickyTitleY(row(100, 300), 1_000)).toBe(395);
  });
});
