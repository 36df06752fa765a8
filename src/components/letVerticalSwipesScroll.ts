/**
 * d3-zoom takes every touch on the chart and cancels its moves, so a finger could not scroll the rows.
 * This hides one-finger swipes that start out more vertical than sideways from d3-zoom (listening before it,
 * in the capture phase), so the browser scrolls (the element has `touch-action: pan-y`). Sideways swipes and
 * pinches still go to d3-zoom. Returns the function that removes the listeners.
 */
export function letVerticalSwipesScroll(element: HTMLElement): () => void {
  let start: { x: number; y: number } | null = null;
  let scrolling = false;

  const onStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    // A second finger makes it a pinch: d3-zoom's, whatever the first finger did.
    start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    scrolling = false;
  };
  const onMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (start && touch && event.touches.length === 1 && !scrolling) {
      // Decided on the first move, as the browser decides whether to scroll.
      scrolling = Math.abs(touch.clientY - start.y) > Math.abs(touch.clientX - start.x);
      start = null;
    }
    if (scrolling && event.touches.length === 1) event.stopImmediatePropagation();
    else scrolling = false;
  };
  const options = { capture: true, passive: true };
  element.addEventListener("touchstart", onStart, options);
  element.addEventListener("touchmove", onMove, options);
  return () => {
    element.removeEventListener("touchstart", onStart, options);
    element.removeEventListener("touchmove", onMove, options);
  };
}
