import type { AxisPicture } from "../layout/axisPicture.ts";
import { TICK_LABEL_GAP } from "../layout/axisTicks.ts";
import { LATEST_LABEL } from "../layout/latestLabel.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { LATEST_LABEL_WIDTH } from "../scene/axisLabelWidths.ts";

/** The page's own font (styles.css, :root): the axis's labels are drawn in it, as the chart's are. */
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const LATEST_FONT = `700 12px ${FONT_FAMILY}`;

/** The latest-report label's width as the canvas draws it, px (the scene's estimate without a canvas). */
export function latestLabelWidth(ctx: CanvasRenderingContext2D | null): number {
  if (!ctx) return LATEST_LABEL_WIDTH;
  ctx.font = LATEST_FONT;
  return Math.ceil(ctx.measureText(LATEST_LABEL).width);
}

/**
 * Paints the axis's ticks and the latest-report label on its canvas: a tick's short line at the axis's
 * foot, its label beside it, majors bold. `pixelRatio` is the canvas's device pixels per CSS pixel.
 */
export function paintAxis(
  ctx: CanvasRenderingContext2D,
  picture: AxisPicture,
  size: { readonly width: number; readonly height: number; readonly pixelRatio: number },
  palette: ChartPalette,
): void {
  const { width, height, pixelRatio } = size;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.lineWidth = 1;
  ctx.textBaseline = "alphabetic";
  for (const major of [false, true]) {
    ctx.font = `${major ? 700 : 400} 12px ${FONT_FAMILY}`;
    ctx.fillStyle = major ? palette.text : palette.muted;
    ctx.strokeStyle = major ? palette.gridMajor : palette.grid;
    ctx.beginPath();
    for (const tick of picture.ticks) {
      if (tick.major !== major) continue;
      // On the pixel's centre: a 1 px line stays one pixel wide.
      const x = Math.round(tick.x) + 0.5;
      ctx.moveTo(x, height - 8);
      ctx.lineTo(x, height);
      ctx.textAlign = tick.anchor;
      ctx.fillText(
        tick.label,
        tick.anchor === "start" ? tick.x + TICK_LABEL_GAP : tick.x - TICK_LABEL_GAP,
        height - 14,
      );
    }
    ctx.stroke();
  }
  const latest = picture.latest;
  if (latest) {
    ctx.font = LATEST_FONT;
    ctx.fillStyle = palette.latest;
    ctx.textAlign = "start";
    ctx.fillText(LATEST_LABEL, latest.labelX, 12);
  }
}
