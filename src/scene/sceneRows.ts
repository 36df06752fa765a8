import type { RowLayout } from "../layout/rowLayout.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { LANE_HEIGHT, type ChartFrame } from "./chartFrame.ts";
import type { SceneRow } from "./scene.ts";

/** Row stripes, titles and season labels. */
export function sceneRows(
  layout: RowLayout,
  frame: ChartFrame,
  colors: ReadonlyMap<string, string>,
  palette: ChartPalette,
): SceneRow[] {
  return layout.rows.map((row, i) => ({
    id: row.show.id,
    y: row.y,
    height: row.height,
    fill: i % 2 ? palette.rowStripe : palette.background,
    swatch: colors.get(row.show.id) ?? palette.text,
    title: {
      text: row.show.title,
      x: 8,
      y: row.y + 15,
      fill: palette.text,
      size: frame.narrow ? 11 : 14,
      weight: 700,
      anchor: "start",
    },
    seasons: row.seasons.flatMap((band) =>
      band.label
        ? [
            {
              text: band.label,
              x: frame.labelWidth - 8,
              y: band.y + LANE_HEIGHT / 2 + 9,
              fill: palette.muted,
              size: 11,
              weight: 400,
              anchor: "end",
            } as const,
          ]
        : [],
    ),
  }));
}
