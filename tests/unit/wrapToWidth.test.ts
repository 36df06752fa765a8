import { describe, expect, it } from "vitest";
import { cutToWidth } from "../../src/scene/cutToWidth.ts";
import { textWidth } from "../../src/scene/textWidth.ts";
import { wrapToWidth } from "../../src/scene/wrapToWidth.ts";

const CAPTION = "Marvel × Netflix: what the news said (as known on 11 May 2016; a selection: 2 of 19 events)";

describe("wrapToWidth()", () => {
  it("keeps a text that fits on one line", () => {
    expect(wrapToWidth("Save the chart", 12, 400)).toEqual(["Save the chart"]);
  });

  it("breaks a caption too wide for a phone's export between words, every line within the width", () => {
    const lines = wrapToWidth(CAPTION, 14.3, 356);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(CAPTION);
    for (const line of lines) expect(textWidth(line, 14.3)).toBeLessThanOrEqual(356);
  });

  it("cuts a word wider than a line on its own short, rather than run past the edge", () => {
    const [line] = wrapToWidth("x".repeat(200), 12, 100);
    expect(line).toMatch(/^x+…$/);
    expect(textWidth(line!, 12)).toBeLessThanOrEqual(100);
  });
});

describe("cutToWidth()", () => {
  it("leaves a text that fits, and cuts one that does not with an ellipsis, whole characters only", () => {
    expect(cutToWidth("Daredevil", 14, 200)).toBe("Daredevil");
    const cut = cutToWidth("The Extraordinarily Long-Named Show 😀 With A Title", 14, 150);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 14)).toBeLessThanOrEqual(150);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});
