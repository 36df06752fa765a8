import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { ChartPalette } from "../model/chartPalette.ts";
import { afterFirstDraw } from "./firstDraw.ts";
import type * as ReadableStyle from "./readableStyle.ts";

type Colors = ReadonlyMap<string, string>;
type Style = typeof ReadableStyle;

// Kept once loaded: a chart drawn again (another theme, back from the table) is styled from its first frame.
let loaded: Style | undefined;
const unheard = () => () => undefined;

/**
 * The shows' colours and the palette as drawn (readableStyle, loaded once the chart has first drawn): that
 * first draw has them as given; from then on each render has them readable, and with more contrast when the
 * reader asks for it, following the setting as it changes.
 */
export function useReadableStyle(colors: Colors, palette: ChartPalette): readonly [Colors, ChartPalette] {
  const [style, setStyle] = useState(loaded);
  useEffect(
    () =>
      style
        ? undefined
        : afterFirstDraw(() => void import("./readableStyle.ts").then((m) => setStyle((loaded = m)))),
    [style],
  );
  const more = useSyncExternalStore(style?.onMoreContrast ?? unheard, () => style?.moreContrast() ?? false);
  return useMemo(
    () => style?.readableStyle(colors, palette, more) ?? [colors, palette],
    [style, colors, palette, more],
  );
}
