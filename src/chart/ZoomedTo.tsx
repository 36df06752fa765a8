import type { ScaleTime } from "d3-scale";
import { useStore } from "zustand";
import { utcLongDay } from "../dates/utcLabels.ts";
import { transformWindow } from "../dates/zoomWindow.ts";
import type { TransformStore } from "./transformStore.ts";

/**
 * The chart's description's words for a zoomed view, once it settles: "Zoomed in: 3 March 2016 to 20 June
 * 2017." A screen reader's tree holds only the items in view, and the counts before say every event's.
 */
export function ZoomedTo({ store, base }: { store: TransformStore; base: ScaleTime<number, number> }) {
  return useStore(store, ({ moving, live }) => {
    if (moving || live.k <= 1) return null;
    const [from, to] = transformWindow(base, live);
    return ` Zoomed in: ${utcLongDay(from)} to ${utcLongDay(to)}.`;
  });
}
