/** The media query of a reader who asks for more contrast (a system setting, or DevTools' emulation). */
const MORE = "(prefers-contrast: more)";

/**
 * Calls `listener` with whether the reader asks for more contrast, now and at each change of the setting;
 * returns what stops it. A browser without matchMedia (a test's DOM) is called with false, once.
 */
export function onMoreContrast(listener: (more: boolean) => void): () => void {
  if (typeof window.matchMedia !== "function") {
    listener(false);
    return () => undefined;
  }
  const query = window.matchMedia(MORE);
  const heard = () => listener(query.matches);
  heard();
  query.addEventListener("change", heard);
  return () => query.removeEventListener("change", heard);
}
