import { describe, expect, it } from "vitest";
import { paintAxis } from "../../src/chart/paintAxis.ts";
import { LIGHT } from "../../src/model/chartPalette.ts";

/** A 2D context that records the lines and labels drawn, with the style each was drawn in. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    font: "",
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    textAlign: "start",
    textBaseline: "alphabetic",
    setTransform: (a: number) => calls.push(`scale ${a}`),
    clearRect: (x: number, y: number, w: number, h: number) => calls.push(`clear ${x},${y},${w},${h}`),
    beginPath: () => undefined,
    moveTo(x: number, y: number) {
      calls.push(`line ${x},${y}`);
    },
    lineTo(x: number, y: number) {
      calls[calls.length - 1] += ` → ${x},${y}`;
    },
    stroke() {
      calls.push(`stroke ${this.strokeStyle}`);
    },
    fillText(text: string, x: number, y: number) {
      calls.push(`text ${text} ${x},${y} ${this.fillStyle} ${this.font.split(" ")[0]} ${this.textAlign}`);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe("paintAxis", () => {
  it("draws each tick's line on a pixel's centre and its label beside it, majors bold, then the latest report", () => {
    const { ctx, calls } = recorder();
    paintAxis(
      ctx,
      {
        ticks: [
          { x: 10.4, label: "Q4", major: false, anchor: "start" },
          { x: 110, label: "2016", major: true, anchor: "start" },
          // Near the plot's right edge: its label ends before it.
          { x: 490, label: "2017", major: true, anchor: "end" },
        ],
        latest: { x: 300, labelX: 210 },
      },
      { width: 500, height: 40, pixelRatio: 2 },
      LIGHT,
    );
    expect(calls).toEqual([
      "scale 2",
      "clear 0,0,500,40",
      "line 10.5,32 → 10.5,40",
      `text Q4 13.4,26 ${LIGHT.muted} 400 start`,
      `stroke ${LIGHT.grid}`,
      "line 110.5,32 → 110.5,40",
      `text 2016 113,26 ${LIGHT.text} 700 start`,
      "line 490.5,32 → 490.5,40",
      `text 2017 487,26 ${LIGHT.text} 700 end`,
      `stroke ${LIGHT.gridMajor}`,
      `text latest report 210,12 ${LIGHT.latest} 700 start`,
    ]);
  });
});
