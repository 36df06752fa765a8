import { useEffect, useState } from "react";
import type { ChartPalette } from "../model/chartPalette.ts";
import { afterFirstDraw } from "./firstDraw.ts";

type Colors = ReadonlyMap<string, string>;

/**
 * The shows' colours and the palette as drawn (watchReadableStyle, loaded once the chart has drawn): the
 * first draw has them as given, and a chart that needs neither change (the bundled dataset, no contrast
 * asked for) is never drawn again for them.
 */
export function useReadableStyle(colors: Colors, palette: ChartPalette): readonly [Colors, ChartPalette] {
  const [shown, setShown] = useState<readonly [Colors, ChartPalette, Colors, ChartPalette]>();
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    // After the first draw: a canvas chart commits before it paints.
    const wait = afterFirstDraw(
      () =>
        void import("./watchReadableStyle.ts").then(({ watchReadableStyle }) => {
          if (live)
            stop = watchReadableStyle(colors, palette, (c, p) =>
              // The same as given: no state (and, as none was set, no render).
              setShown(c === colors && p === palette ? undefined : [colors, palette, c, p]),
            );
        }),
    );
    return () => {
      live = false;
      wait();
      stop?.();
    };
  }, [colors, palette]);
  return shown?.[0] === colors && shown[1] === palette ? [shown[2], shown[3]] : [colors, palette];
}
