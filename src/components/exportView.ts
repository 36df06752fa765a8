/** Saves the current view: the chart as SVG or PNG, the filtered items as CSV. Browser-only. */
import type { ChartPalette } from "../model/chartPalette.ts";
import type { Scene } from "../scene/scene.ts";
import { sceneSvg } from "../scene/sceneSvg.ts";

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What export saves: the scene as shown, and the palette it was drawn with. */
export interface ShownScene {
  readonly scene: Scene;
  /** The rows band in view, px from the top of the rows. */
  readonly top: number;
  readonly height: number;
  readonly palette: ChartPalette;
}

/** A standalone SVG of the chart as shown, serialized from its scene: labels and legend included. */
function chartSvg(shown: ShownScene): { text: string; width: number; height: number } {
  const text = sceneSvg(shown.scene, { top: shown.top, height: shown.height, palette: shown.palette });
  const size = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(text);
  return { text, width: Number(size?.[1] ?? shown.scene.width), height: Number(size?.[2] ?? shown.height) };
}

export function downloadSvg(shown: ShownScene, filename: string) {
  download(new Blob([chartSvg(shown).text], { type: "image/svg+xml" }), filename);
}

export async function downloadPng(shown: ShownScene, filename: string, scale = 2) {
  const { text, width, height } = chartSvg(shown);
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
    download(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadText(text: string, filename: string, type: string) {
  download(new Blob([text], { type }), filename);
}
