import { useEffect } from "react";
import { markAllRows } from "./firstDraw.ts";

/**
 * A chart's first render lays out only the rows that fill the body in view, and draws them. When rows
 * were left out, this lays them all out (`layOutAll`) in a task after that frame is painted: on a large
 * chart, packing the thousands of rows below the view would otherwise come before anything is drawn. Not
 * a transition: a background render that something interrupts would start the whole layout over.
 */
export function useRestOfRows(
  allLaidOut: boolean,
  /** A state setter (stable): called with true to lay out all the rows. */
  layOutAll: (all: true) => void,
): void {
  useEffect(() => {
    if (allLaidOut) {
      markAllRows();
      return;
    }
    let task: number | undefined;
    // An animation frame's callback runs before the frame is painted; a task posted from it, after.
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => layOutAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
    };
  }, [allLaidOut, layOutAll]);
}
