import { afterEach, describe, expect, it, vi } from "vitest";
import { paintDensity, paintLabels, paintMarks, type CanvasPaints } from "../../src/chart/paintMarks.ts";
import type { PartStyle, SceneMark } from "../../src/scene/scene.ts";

/** A 2D context that records what is drawn, with the state each draw was made in. */
function recorder() {
  const calls: string[] = [];
  const state = { fillStyle: "" as unknown, strokeStyle: "" as unknown, globalAlpha: 1, lineWidth: 1 };
  let dy = 0;
  const stack: number[] = [];
  const ctx = {
    ...state,
    lineJoin: "miter",
    font: "",
    save: () => stack.push(dy),
    restore: () => (dy = stack.pop() ?? 0),
    translate: (x: number, y: number) => {
      dy += y;
      if (x) calls.push(`translate ${x}`);
    },
    setLineDash: (dash: number[]) => calls.push(`dash [${dash.join(",")}]`),
    fillRect(x: number, y: number, w: number, h: number) {
      calls.push(
        `fillRect ${x},${y + dy},${w},${h} ${String(this.fillStyle)} α${+this.globalAlpha.toFixed(3)}`,
      );
    },
    strokeRect(x: number, y: number, w: number, h: number) {
      calls.push(`strokeRect ${x},${y + dy},${w},${h} ${String(this.strokeStyle)} ${this.lineWidth}`);
    },
    fill(path: { d: string }) {
      calls.push(`fill ${path.d} ${String(this.fillStyle)}`);
    },
    stroke(path: { d: string }) {
      calls.push(`stroke ${path.d} ${String(this.strokeStyle)}`);
    },
    strokeText(text: string, x: number, y: number) {
      calls.push(`strokeText ${text} ${x},${y + dy} ${String(this.strokeStyle)}`);
    },
    fillText(text: string, x: number, y: number) {
      calls.push(`fillText ${text} ${x},${y + dy} ${String(this.fillStyle)}`);
    },
    createLinearGradient: () => ({ addColorStop: (at: number, c: string) => calls.push(`stop ${at} ${c}`) }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const PAINTS = { dots: "DOTS", hatch: "HATCH", font: "11px sans-serif" } as unknown as CanvasPaints;
const STYLE: PartStyle = {
  fill: "#d03a2f",
  fillOpacity: 1,
  stroke: "none",
  strokeWidth: 0,
  dash: null,
  fade: null,
};

function mark(over: Partial<SceneMark>): SceneMark {
  return {
    id: "a",
    kind: "filming",
    placement: { at: "plot" },
    row: 0,
    y: 100,
    parts: [],
    x0: 10,
    x1: 60,
    anchor: [10, 60],
    name: "A",
    label: null,
    ...over,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("paintMarks(): the scene's marks on a canvas, as the SVG draws them", () => {
  it("paints a bar at its mark's centre line less the canvas's top, in its colour and opacity", () => {
    const { ctx, calls } = recorder();
    const bar = { type: "rect" as const, x: 10, y: -7, width: 50, height: 14, ...STYLE, fillOpacity: 0.35 };
    paintMarks(ctx, [mark({ parts: [bar] })], PAINTS, 40);
    expect(calls).toContain("fillRect 10,53,50,14 #d03a2f α0.35");
  });

  it("resolves patterns to its own, dashes to numbers, and draws the outline after the fill", () => {
    const { ctx, calls } = recorder();
    const dots = {
      type: "rect" as const,
      x: 0,
      y: -7,
      width: 20,
      height: 14,
      ...STYLE,
      fill: "pattern:dots",
    };
    const outline = {
      ...dots,
      fill: "none",
      stroke: "#1a1a1a",
      strokeWidth: 1.5,
      dash: "3 2",
    };
    paintMarks(ctx, [mark({ y: 0, parts: [dots, outline] })], PAINTS, 0);
    expect(calls.filter((c) => !c.startsWith("dash"))).toEqual([
      "fillRect 0,-7,20,14 DOTS α1",
      "strokeRect 0,-7,20,14 #1a1a1a 1.5",
    ]);
    expect(calls).toContain("dash [3,2]");
  });

  it("fades an open end from the colour to nearly nothing, towards its open side", () => {
    const { ctx, calls } = recorder();
    const open = {
      type: "rect" as const,
      x: 0,
      y: -7,
      width: 40,
      height: 14,
      ...STYLE,
      fade: "right" as const,
    };
    paintMarks(ctx, [mark({ y: 0, parts: [open] })], PAINTS, 0);
    expect(calls.slice(0, 2)).toEqual(["stop 0 #d03a2f", "stop 1 rgba(208,58,47,0.05)"]);
  });

  it("draws a glyph's path where it stands, and leaves its label to the labels' canvas", () => {
    vi.stubGlobal(
      "Path2D",
      class {
        constructor(readonly d: string) {}
      },
    );
    const { ctx, calls } = recorder();
    const glyph = { type: "path" as const, d: "M0,-8 L8,0 L0,8 L-8,0 Z", dx: 30, ...STYLE };
    const label = { text: "S1 release", x: 42, width: 50, fill: "#1a1a1a", halo: "#ffffff" };
    paintMarks(ctx, [mark({ y: 20, parts: [glyph], label })], PAINTS, 0);
    expect(calls).toEqual(["translate 30", "fill M0,-8 L8,0 L0,8 L-8,0 Z #d03a2f", "translate -30"]);
  });
});

describe("paintLabels(): the marks' labels on a canvas of their own", () => {
  it("paints each label's halo before its text, at its mark's baseline less the canvas's top, and nothing else", () => {
    const { ctx, calls } = recorder();
    const bar = { type: "rect" as const, x: 10, y: -6, width: 50, height: 12, ...STYLE };
    const label = { text: "S1 release", x: 42, width: 50, fill: "#1a1a1a", halo: "#ffffff" };
    const marks = [mark({ y: 120, parts: [bar], label }), mark({ id: "b", y: 140, parts: [bar] })];
    paintLabels(ctx, marks, PAINTS, 100);
    expect(calls).toEqual(["strokeText S1 release 42,24 #ffffff", "fillText S1 release 42,24 #1a1a1a"]);
    expect(ctx.font).toBe("11px sans-serif");
  });
});

describe("paintDensity()", () => {
  it("paints each covered bucket as a sliver, more opaque where more items cover it", () => {
    const { ctx, calls } = recorder();
    paintDensity(ctx, Uint32Array.from([0, 1, 3, 0]), 2, 50, 14, "#5b7fa6");
    expect(calls).toEqual(["fillRect 0.5,43,0.5,14 #5b7fa6 α0.55", "fillRect 1,43,0.5,14 #5b7fa6 α0.95"]);
  });
});
