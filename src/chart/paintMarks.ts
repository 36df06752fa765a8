import type { PartStyle, SceneMark, ScenePart } from "../scene/scene.ts";
import { LABEL_SIZE } from "../scene/scene.ts";

/** A label's baseline below its mark's centre line, px (ChartItem and sceneSvg draw it the same). */
const LABEL_BASELINE = 4;
/** How far a fade goes: to this opacity at its far end (ChartDefs' masks). */
const FADED = 0.05;

/** What the canvas resolves the scene's named paints to: its own patterns, and the page's font. */
export interface CanvasPaints {
  readonly dots: CanvasPattern | null;
  readonly hatch: CanvasPattern | null;
  readonly font: string;
}

/** The scene's dot and hatch patterns (ChartDefs' SVG ones) as canvas patterns. */
export function canvasPaints(
  make: (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas,
  ctx: CanvasRenderingContext2D,
  ink: string,
  fontFamily: string,
): CanvasPaints {
  const tile = (
    size: number,
    draw: (c: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D) => void,
  ) => {
    const canvas = make(size, size);
    const c = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!c) return null;
    draw(c);
    return ctx.createPattern(canvas, "repeat");
  };
  const dots = tile(5, (c) => {
    c.fillStyle = ink;
    c.beginPath();
    c.arc(2.5, 2.5, 1.1, 0, 2 * Math.PI);
    c.fill();
  });
  // Hatching at 45°: a diagonal through the tile and its two corner pieces, so that tiles join.
  const hatch = tile(6, (c) => {
    c.strokeStyle = ink;
    c.lineWidth = 1.6;
    c.beginPath();
    for (const d of [-6, 0, 6]) {
      c.moveTo(d, 6);
      c.lineTo(d + 6, 0);
    }
    c.stroke();
  });
  return { dots, hatch, font: `${LABEL_SIZE}px ${fontFamily}` };
}

const paths = new Map<string, Path2D>();
/** Glyph and arrow paths repeat across marks: each is parsed once. */
function pathOf(d: string): Path2D {
  let path = paths.get(d);
  if (!path) {
    if (paths.size > 2000) paths.clear();
    path = new Path2D(d);
    paths.set(d, path);
  }
  return path;
}

/** A colour at an opacity, for the ends of a fade's gradient; a colour it cannot read is left opaque. */
function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const n = parseInt(full, 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
}

function paint(
  ctx: CanvasRenderingContext2D,
  paints: CanvasPaints,
  color: string,
  style: PartStyle,
  extent: readonly [number, number],
): string | CanvasPattern | CanvasGradient | null {
  if (color === "none") return null;
  if (color.startsWith("pattern:")) return color === "pattern:dots" ? paints.dots : paints.hatch;
  if (!style.fade) return color;
  const [x0, x1] = extent;
  const gradient = ctx.createLinearGradient(x0, 0, Math.max(x1, x0 + 1), 0);
  gradient.addColorStop(0, style.fade === "right" ? color : withAlpha(color, FADED));
  gradient.addColorStop(1, style.fade === "right" ? withAlpha(color, FADED) : color);
  return gradient;
}

function paintPart(ctx: CanvasRenderingContext2D, paints: CanvasPaints, part: ScenePart) {
  let shape: Path2D | null = null;
  let extent: [number, number];
  if (part.type === "rect") extent = [part.x, part.x + part.width];
  else {
    shape = pathOf(part.d);
    // Paths are glyphs and arrows, a few pixels wide: a fade on one spans its marker.
    extent = [part.dx - 8, part.dx + 8];
  }
  const fill = paint(ctx, paints, part.fill, part, extent);
  const stroke =
    part.stroke === "none" || part.strokeWidth <= 0 ? null : paint(ctx, paints, part.stroke, part, extent);
  // Moved there and back, not save()/restore(): a state copy per part is most of a big frame's canvas time.
  if (part.type === "path") ctx.translate(part.dx, 0);
  if (fill) {
    ctx.globalAlpha = part.fillOpacity;
    ctx.fillStyle = fill;
    if (shape) ctx.fill(shape);
    else if (part.type === "rect") ctx.fillRect(part.x, part.y, part.width, part.height);
    ctx.globalAlpha = 1;
  }
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = part.strokeWidth;
    ctx.setLineDash(part.dash ? part.dash.split(/[\s,]+/).map(Number) : []);
    if (shape) ctx.stroke(shape);
    else if (part.type === "rect") ctx.strokeRect(part.x, part.y, part.width, part.height);
  }
  if (part.type === "path") ctx.translate(-part.dx, 0);
}

/**
 * Paints marks as the SVG renderer draws them (ChartItem): parts in order. `top` is the sheet y at the
 * canvas's top edge: a mark's centre line is at `mark.y - top`. Their labels are paintLabels'.
 */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  marks: readonly SceneMark[],
  paints: CanvasPaints,
  top: number,
) {
  ctx.lineJoin = "round";
  for (const mark of marks) {
    const dy = mark.y - top;
    ctx.translate(0, dy);
    for (const part of mark.parts) paintPart(ctx, paints, part);
    ctx.translate(0, -dy);
  }
}

/**
 * Paints the marks' labels, each with its halo, on a canvas of their own over the marks' (as the SVG's
 * labels lie in a layer over its items): hidden while a gesture stretches the marks, as labels never stretch.
 */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  marks: readonly SceneMark[],
  paints: CanvasPaints,
  top: number,
) {
  ctx.lineJoin = "round";
  ctx.font = paints.font;
  ctx.lineWidth = 3;
  for (const { y, label } of marks) {
    if (!label) continue;
    ctx.strokeStyle = label.halo;
    ctx.strokeText(label.text, label.x, y - top + LABEL_BASELINE);
    ctx.fillStyle = label.fill;
    ctx.fillText(label.text, label.x, y - top + LABEL_BASELINE);
  }
}

/**
 * A lane's density band (laneDensity): each bucket drawn as a sliver of the bar, more opaque the more
 * items cover it, so that a crowd reads as a crowd without drawing marks narrower than a pixel.
 */
export function paintDensity(
  ctx: CanvasRenderingContext2D,
  band: Uint32Array,
  bucketsPerPx: number,
  y: number,
  height: number,
  color: string,
) {
  ctx.fillStyle = color;
  const w = 1 / bucketsPerPx;
  for (let i = 0; i < band.length; i++) {
    const n = band[i] ?? 0;
    if (n === 0) continue;
    ctx.globalAlpha = Math.min(1, 0.35 + 0.2 * n);
    ctx.fillRect(i * w, y - height / 2, w, height);
  }
  ctx.globalAlpha = 1;
}
