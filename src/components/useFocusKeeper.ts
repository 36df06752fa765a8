import { useCallback, useLayoutEffect, useRef, type FocusEvent } from "react";

/**
 * Keeps the keyboard's focus on the page when a render takes away the element that held it (Back, a filter
 * or another day removing the table's row or What changed's line): it would fall to the page's body, where
 * Tab starts over and the arrows do nothing. It goes instead to the nearest box around where it was that
 * takes focus (tabindex -1: the table's box, What changed's section, <main>), the first still on the page.
 * Returns the focus handler for the part of the page whose elements it keeps; the chart keeps its own items'
 * (useItemFocus).
 */
export function useFocusKeeper(): (event: FocusEvent<HTMLElement>) => void {
  const held = useRef<Held | null>(null);
  // Looked at once the render's own focus moves have run (a notice dismissed gives the focus back to its
  // line in an effect of its own): only focus that nothing took is kept.
  useLayoutEffect(() => {
    const last = held.current;
    if (last === null || last.element.isConnected) return;
    held.current = null;
    setTimeout(() => rescue(last));
  });
  // Taken away with the whole part (another dataset opened): its elements go after this, so look then too.
  useLayoutEffect(
    () => () => {
      const last = held.current;
      if (last !== null) setTimeout(() => rescue(last));
    },
    [],
  );
  return useCallback((event: FocusEvent<HTMLElement>) => {
    const boxes: HTMLElement[] = [];
    for (let at = event.target.parentElement; at !== null; at = at.parentElement)
      if (at.getAttribute("tabindex") === "-1") boxes.push(at);
    held.current = { element: event.target, boxes };
  }, []);
}

interface Held {
  readonly element: Element;
  /** The boxes around it that take focus, nearest first. */
  readonly boxes: readonly HTMLElement[];
}

function rescue({ element, boxes }: Held): void {
  const focused = document.activeElement;
  if (element.isConnected || (focused !== null && focused !== document.body)) return;
  boxes.find((box) => box.isConnected)?.focus({ preventScroll: true });
}
