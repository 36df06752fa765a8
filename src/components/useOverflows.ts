import { useEffect, useState, type RefObject } from "react";

/**
 * Whether the element's content is wider or taller than it (it scrolls), kept current with a ResizeObserver
 * on the element and on each of its children, those added later too (the box keeps its width when rows are
 * added; its table grows, or a table replaces a message).
 * Without a ResizeObserver it says yes: a region that may scroll stays in reach of the keyboard.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () =>
      setOverflows(element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    // A child observed from when it comes (observing it measures it); one that goes may leave room.
    const children = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) observer.observe(node);
        for (const node of record.removedNodes) if (node instanceof Element) observer.unobserve(node);
      }
      measure();
    });
    children.observe(element, { childList: true });
    return () => {
      children.disconnect();
      observer.disconnect();
    };
  }, [ref]);
  return overflows;
}
