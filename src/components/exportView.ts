/** Saves the current view: the chart as SVG or PNG, the filtered items as CSV. Browser-only. */
import type { ChartPalette } from "../model/chartPalette.ts";
import type { SceneInput } from "../scene/buildScene.ts";
import type { Scene } from "../scene/scene.ts";
import { escapeXml, sceneSvg } from "../scene/sceneSvg.ts";
import { BOLD } from "../scene/textWidth.ts";
import { wrapToWidth } from "../scene/wrapToWidth.ts";

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the page gives export: what the scene as shown is built from, the rows band and the palette. */
export interface SceneToBuild extends Omit<ShownScene, "scene"> {
  readonly input: SceneInput;
}

/** What export saves: the scene as shown, and the palette it was drawn with. */
export interface ShownScene {
  readonly scene: Scene;
  /** The rows band in view, px from the top of the rows. */
  readonly top: number;
  readonly height: number;
  readonly palette: ChartPalette;
}

/** The caption line above an exported chart, px, and each wrapped line's more. */
const CAPTION = 24;
const CAPTION_LINE = 17;

/**
 * A standalone SVG of the chart as shown, serialized from its scene: labels and legend included, under a
 * caption (also its title) that says what it holds: a chart saved from a filtered view says so in the file.
 */
function chartSvg(shown: ShownScene, caption: string): { text: string; width: number; height: number } {
  const chart = sceneSvg(shown.scene, { top: shown.top, height: shown.height, palette: shown.palette });
  const size = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(chart);
  const width = Number(size?.[1] ?? shown.scene.width);
  // On a narrow chart (a phone's) the caption wraps, a line under the last, rather than run off the edge.
  const lines = wrapToWidth(caption, 13 * BOLD, width - 16);
  const top = CAPTION + (lines.length - 1) * CAPTION_LINE;
  const height = Number(size?.[2] ?? shown.height) + top;
  const text = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(caption)}</title>`,
    `<rect width="${width}" height="${top}" fill="${shown.scene.background}"/>`,
    ...lines.map(
      (words, i) =>
        `<text x="8" y="${16 + i * CAPTION_LINE}" font-size="13" font-weight="700" fill="${shown.palette.text}">${escapeXml(words)}</text>`,
    ),
    chart.replace(/^<svg /, `<svg y="${top}" `),
    `</svg>`,
  ].join("\n");
  return { text, width, height };
}

export function downloadSvg(shown: ShownScene, caption: string, filename: string) {
  downloadBlob(new Blob([chartSvg(shown, caption).text], { type: "image/svg+xml" }), filename);
}

export async function downloadPng(shown: ShownScene, caption: string, filename: string, scale = 2) {
  const { text, width, height } = chartSvg(shown, caption);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("the PNG could not be made");
    downloadBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadText(text: string, filename: string, type: string) {
  downloadBlob(new Blob([text], { type }), filename);
}
