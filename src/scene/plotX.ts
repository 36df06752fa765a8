import type { ScaleTime } from "d3-scale";
import { applyX, type XTransform } from "../dates/zoomWindow.ts";

/** The screen x of an instant under a transform, and the clip that keeps every coordinate finite. */
export function plotX(base: ScaleTime<number, number>, t: XTransform): (ms: number) => number {
  return (ms) => applyX(t, base(ms));
}
