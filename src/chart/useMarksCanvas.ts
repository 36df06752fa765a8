import { useEffect, useLayoutEffect, useState } from "react";
import type { MarksCanvas } from "./MarksCanvas.tsx";
import { onDemand } from "../onDemand.ts";

type Painter = typeof MarksCanvas;

// One download per page, shared by every chart that needs it.
const painterChunk = onDemand(() => import("./MarksCanvas.tsx").then((module) => module.MarksCanvas));

/**
 * Fetches the canvas renderer (once). The page calls it as soon as it knows its chart will need it (a
 * large dataset), so that the chart's first render finds it loaded and paints in its first commit.
 */
export function loadMarksCanvas(): Promise<Painter> {
  return painterChunk.load();
}

export type MarksCanvasState =
  | { readonly status: "unneeded" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly MarksCanvas: Painter }
  /** The chunk could not be fetched: the chart draws its marks as SVG instead. */
  | { readonly status: "failed" };

/**
 * The canvas renderer's component, fetched only for a chart that uses it. Not React.lazy: React holds back
 * a suspended part's reveal (up to 300 ms, to batch reveals), which would delay a large chart's first draw.
 */
export function useMarksCanvas(needed: boolean): MarksCanvasState {
  const [painter, setPainter] = useState<Painter | "failed" | null>(null);
  // Loaded already (the page fetched it ahead): it mounts in the commit right after the chart's own, before
  // the first paint. Not in the chart's first commit: the canvas paints from the rows' scrolling element,
  // whose ref React attaches only after its children's layout effects have run.
  useLayoutEffect(() => {
    const loaded = painterChunk.loaded();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (needed && painter === null && loaded) setPainter(() => loaded);
  }, [needed, painter]);
  useEffect(() => {
    if (!needed || painter !== null) return;
    let live = true;
    loadMarksCanvas().then(
      (component) => live && setPainter(() => component),
      () => live && setPainter("failed"),
    );
    return () => {
      live = false;
    };
  }, [needed, painter]);
  if (!needed) return { status: "unneeded" };
  if (painter === "failed") return { status: "failed" };
  return painter === null ? { status: "loading" } : { status: "ready", MarksCanvas: painter };
}
