/**
 * Resolves once the page has painted what it shows now: a "Reading…" status must be on screen before a long
 * task starts, or it would show only when there is nothing left to wait for. A tab that does not paint (in
 * the background) has no frames: there, a timer resolves it.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
