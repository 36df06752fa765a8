import type { ChartPalette } from "../model/chartPalette.ts";
import { morePalette } from "../model/morePalette.ts";
import { readableColors } from "../model/readableColors.ts";
import { onMoreContrast } from "./onMoreContrast.ts";

type Colors = ReadonlyMap<string, string>;

/**
 * The shows' colours and the palette as the chart draws them, told to `show` now and at each change of the
 * reader's contrast setting: a dataset's own colour too pale or too dark for the background made readable
 * (readableColors), the palette for more contrast when the reader asks for it (morePalette). Returns what
 * stops listening. Loaded after the first draw (useReadableStyle): its bytes are not the first draw's.
 */
export function watchReadableStyle(
  colors: Colors,
  palette: ChartPalette,
  show: (colors: Colors, palette: ChartPalette) => void,
): () => void {
  const readable = readableColors(colors, palette.background);
  const more = morePalette(palette);
  return onMoreContrast((asked) => show(readable, asked ? more : palette));
}
