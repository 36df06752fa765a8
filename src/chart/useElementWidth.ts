import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The element's content width, kept current with a ResizeObserver; null until measured, so that nothing
 * costly is laid out twice (once for a guess, once for the truth). Measuring happens before paint.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width) || fallback);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
