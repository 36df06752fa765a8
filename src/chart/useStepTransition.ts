import { useLayoutEffect, useRef, type RefObject } from "react";

/** How long marks take to move to their places of a new as-of day, ms (the brief's ceiling: 300). */
export const STEP_MS = 300;

/**
 * Marks glide to their new places when the as-of day changes, and only then (a zoom must not lag): the
 * layer gets the `stepping` class in the same commit as the new positions, so the browser animates them
 * with CSS transitions (styles.css; none with reduced motion), and loses it after. No React work per frame.
 */
export function useStepTransition(layer: RefObject<SVGSVGElement | null>, day: number | undefined): void {
  const last = useRef(day);
  useLayoutEffect(() => {
    if (last.current === day) return;
    last.current = day;
    const svg = layer.current;
    if (!svg) return;
    svg.classList.add("stepping");
    const timer = window.setTimeout(() => svg.classList.remove("stepping"), STEP_MS + 50);
    return () => {
      window.clearTimeout(timer);
      svg.classList.remove("stepping");
    };
  }, [layer, day]);
}
