import type { ChartPalette } from "../model/chartPalette.ts";
import { morePalette } from "../model/morePalette.ts";
import { readableColors } from "../model/readableColors.ts";

type Colors = ReadonlyMap<string, string>;

/** The media query of a reader who asks for more contrast (a system setting, or DevTools' emulation). */
const MORE = "(prefers-contrast: more)";
const query = () => (typeof window.matchMedia === "function" ? window.matchMedia(MORE) : null);

/** Whether the reader asks for more contrast now (useSyncExternalStore's snapshot). */
export const moreContrast = (): boolean => query()?.matches ?? false;

/** Calls `changed` at each change of the reader's contrast setting; returns what stops it. */
export function onMoreContrast(changed: () => void): () => void {
  const q = query();
  q?.addEventListener("change", changed);
  return () => q?.removeEventListener("change", changed);
}

// One more-contrast palette per palette: the canvas repaints when its palette is another object.
const morePalettes = new WeakMap<ChartPalette, ChartPalette>();

/** The palette as drawn: the more-contrast one (morePalette) when the reader asks for it. */
export function shownPalette(palette: ChartPalette, more: boolean): ChartPalette {
  if (!more) return palette;
  let shown = morePalettes.get(palette);
  if (!shown) morePalettes.set(palette, (shown = morePalette(palette)));
  return shown;
}

/**
 * The shows' colours and the palette as the chart draws them: a dataset's own colour too pale or too dark
 * for the background made readable (readableColors), the palette for more contrast when the reader asks for
 * it (shownPalette). Loaded after the first draw (useReadableStyle): its bytes are not the first draw's.
 */
export function readableStyle(
  colors: Colors,
  palette: ChartPalette,
  more: boolean,
): readonly [Colors, ChartPalette] {
  return [readableColors(colors, palette.background), shownPalette(palette, more)];
}
