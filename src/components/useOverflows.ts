import { useEffect, useState, type RefObject } from "react";

/**
 * Whether the element's content is wider or taller than it (it scrolls), kept current with a ResizeObserver
 * on the element and on its children (the box keeps its width when rows are added; its table grows).
 * Without a ResizeObserver it says yes: a region that may scroll stays in reach of the keyboard.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() =>
      setOverflows(element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight),
    );
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
