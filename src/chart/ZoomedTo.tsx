import type { ScaleTime } from "d3-scale";
import { useStore } from "zustand";
import { utcLongDay } from "../dates/utcLabels.ts";
import { transformWindow } from "../dates/zoomWindow.ts";
import type { TransformStore } from "./transformStore.ts";

/**
 * The chart's description's words for a zoomed view: "Zoomed in: 3 March 2016 to 20 June 2017." A screen
 * reader's tree holds only the items in view, and the counts before say every event's. Read from the zoom
 * the items are drawn for, which changes when they are redrawn (a gesture's settle), not at every frame.
 */
export function ZoomedTo({ store, base }: { store: TransformStore; base: ScaleTime<number, number> }) {
  const drawn = useStore(store, (s) => s.drawn);
  if (drawn.k <= 1) return null;
  const [from, to] = transformWindow(base, drawn);
  return ` Zoomed in: ${utcLongDay(from)} to ${utcLongDay(to)}.`;
}
