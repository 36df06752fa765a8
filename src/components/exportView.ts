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
 * are dropped.
 */
function chartSvg(frame: HTMLElement): { text: string; width: number; height: number } {
  const axis = frame.querySelector<SVGSVGElement>("svg.timeline-axis");
  const rows = frame.querySelector<SVGSVGElement>("svg.timeline-rows");
  const plot = frame.querySelector<HTMLElement>(".plot");
  const items = frame.querySelector<SVGSVGElement>("svg.timeline-svg");
  const shelf = frame.querySelector<SVGSVGElement>("svg.timeline-shelf");
  const scroller = frame.querySelector<HTMLElement>(".chart-body");
  if (!axis || !rows || !plot || !items || !shelf || !scroller)
    throw new Error("the chart is not on the page");
  const width = rows.width.baseVal.value;
  const full = rows.height.baseVal.value;
  const axisHeight = axis.height.baseVal.value;
  const top = scroller.scrollTop;
  const visible = Math.min(scroller.clientHeight || full, full - top);
  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(axisHeight + visible));
  out.setAttribute("viewBox", `0 0 ${width} ${axisHeight + visible}`);
  out.setAttribute("font-family", "system-ui, sans-serif");
  out.append(axis.cloneNode(true));
  // The rows below the axis, cut to what is in view: the background, then the plot and the shelf on it.
  const body = document.createElementNS(SVG_NS, "svg");
  body.setAttribute("y", String(axisHeight));
  body.setAttribute("width", String(width));
  body.setAttribute("height", String(visible));
  body.setAttribute("viewBox", `0 ${top} ${width} ${visible}`);
  body.append(rows.cloneNode(true));
  const plotted = items.cloneNode(true) as SVGSVGElement;
  plotted.setAttribute("x", String(plot.offsetLeft));
  plotted.removeAttribute("style");
  // Mid-gesture the layer carries the live zoom as a CSS transform: bake it in.
  const { a, d, e, f } = new DOMMatrix(
    getComputedStyle(items).transform === "none" ? "" : getComputedStyle(items).transform,
  );
  const moved = document.createElementNS(SVG_NS, "g");
  moved.setAttribute("transform", `matrix(${a} 0 0 ${d} ${e} ${f})`);
  moved.append(...plotted.childNodes);
  plotted.append(moved);
  body.append(plotted);
  const shelved = shelf.cloneNode(true) as SVGSVGElement;
  shelved.setAttribute("x", String(plot.offsetLeft + plot.offsetWidth));
  shelved.removeAttribute("style");
  body.append(shelved);
  out.append(body);
  out.querySelectorAll(".ring, .hit").forEach((node) => node.remove());
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
