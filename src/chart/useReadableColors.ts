import { useEffect, useState } from "react";

type Colors = ReadonlyMap<string, string>;

/**
 * The shows' colours as drawn on `ground`: a dataset's own colour too pale or too dark for it is made
 * readable (readableColors, loaded once the chart has drawn: the first draw has the colours as given, and
 * a dataset whose colours all have 3:1, the bundled one, is never drawn again for it).
 */
export function useReadableColors(colors: Colors, ground: string): Colors {
  const [shown, setShown] = useState<readonly [Colors, string, Colors]>();
  useEffect(() => {
    let live = true;
    void import("../model/readableColors.ts").then(({ readableColors }) => {
      const readable = readableColors(colors, ground);
      if (live && readable !== colors) setShown([colors, ground, readable]);
    });
    return () => {
      live = false;
    };
  }, [colors, ground]);
  return shown?.[0] === colors && shown[1] === ground ? shown[2] : colors;
}
