/** Saves the current view: the chart as SVG or PNG, the filtered items as CSV. Browser-only. */

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

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A standalone SVG of the chart as it is shown: the axis above the rows in view. Focus rings, hit areas
 * and the zoom surface are dropped.
 */
export function chartSvg(frame: HTMLElement): { text: string; width: number; height: number } {
  const axis = frame.querySelector<SVGSVGElement>("svg.timeline-axis");
  const body = frame.querySelector<SVGSVGElement>("svg.timeline-svg");
  const scroller = frame.querySelector<HTMLElement>(".chart-body");
  if (!axis || !body || !scroller) throw new Error("the chart is not on the page");
  const width = body.width.baseVal.value;
  const axisHeight = axis.height.baseVal.value;
  const top = scroller.scrollTop;
  const visible = Math.min(
    scroller.clientHeight || body.height.baseVal.value,
    body.height.baseVal.value - top,
  );
  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(axisHeight + visible));
  out.setAttribute("viewBox", `0 0 ${width} ${axisHeight + visible}`);
  out.setAttribute("font-family", "system-ui, sans-serif");
  out.append(axis.cloneNode(true));
  const rows = body.cloneNode(true) as SVGSVGElement;
  rows.setAttribute("y", String(axisHeight));
  rows.setAttribute("height", String(visible));
  rows.setAttribute("viewBox", `0 ${top} ${width} ${visible}`);
  out.append(rows);
  out.querySelectorAll(".ring, .hit, .zoom-surface").forEach((node) => node.remove());
  out.querySelectorAll("[tabindex]").forEach((node) => node.removeAttribute("tabindex"));
  return { text: new XMLSerializer().serializeToString(out), width, height: axisHeight + visible };
}

export function downloadSvg(frame: HTMLElement, filename: string) {
  download(new Blob([chartSvg(frame).text], { type: "image/svg+xml" }), filename);
}

export async function downloadPng(frame: HTMLElement, filename: string, scale = 2) {
  const { text, width, height } = chartSvg(frame);
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
