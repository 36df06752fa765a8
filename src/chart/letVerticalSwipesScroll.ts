/** How far a finger moves before its swipe counts as a scroll or a pan (d3-zoom's own tap distance). */
const DECIDE_AFTER = 10;

type Mode = "idle" | "undecided" | "zoom" | "scroll";

/**
 * d3-zoom takes every touch on the chart and cancels its moves, so a finger could not scroll the rows.
 * This keeps one-finger swipes that go more up or down than sideways from d3-zoom, so the browser scrolls
 * (the element has `touch-action: pan-y`). Sideways swipes and pinches still go to d3-zoom. Its listeners
 * use the capture phase, so they hear each touch before d3-zoom's. Returns the function that removes them.
 */
export function letVerticalSwipesScroll(element: HTMLElement): () => void {
  let mode: Mode = "idle";
  let start = { x: 0, y: 0 };

  const onStart = (event: TouchEvent) => {
    // A finger added to a scroll stays out of d3-zoom, or it would pinch from where the first finger began.
    if (mode === "scroll") {
      event.stopImmediatePropagation();
      return;
    }
    const touch = event.touches[0];
    if (event.touches.length === 1 && touch) {
      mode = "undecided";
      start = { x: touch.clientX, y: touch.clientY };
    } else mode = "zoom";
  };
  const onMove = (event: TouchEvent) => {
    if (mode === "undecided") {
      const touch = event.touches[0];
      if (event.touches.length !== 1 || !touch) mode = "zoom";
      else {
        const dx = touch.clientX - start.x;
        const dy = touch.clientY - start.y;
        // Jitter decides nothing; d3-zoom (which measures from where the finger went down) loses nothing.
        if (Math.hypot(dx, dy) < DECIDE_AFTER) {
          event.stopImmediatePropagation();
          return;
        }
        mode = Math.abs(dy) > Math.abs(dx) ? "scroll" : "zoom";
      }
    }
    if (mode === "scroll") event.stopImmediatePropagation();
  };
  // Ends reach d3-zoom either way: it must close the gesture it began.
  const onEnd = (event: TouchEvent) => {
    if (event.touches.length === 0) mode = "idle";
  };

  const options = { capture: true, passive: true };
  element.addEventListener("touchstart", onStart, options);
  element.addEventListener("touchmove", onMove, options);
  element.addEventListener("touchend", onEnd, options);
  element.addEventListener("touchcancel", onEnd, options);
  return () => {
    element.removeEventListener("touchstart", onStart, options);
    element.removeEventListener("touchmove", onMove, options);
    element.removeEventListener("touchend", onEnd, options);
    element.removeEventListener("touchcancel", onEnd, options);
  };
}
