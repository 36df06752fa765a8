import type { SceneRow } from "./scene.ts";

/** Room kept below a stuck title's baseline, inside its row, px. */
const BELOW_BASELINE = 5;

/**
 * A row's title's baseline with the rows scrolled to `top`: where the scene puts it while the row's top is
 * in view; for a row scrolled partly out of view, at the top of the band, so that every row in view names
 * its show. It goes no lower than the row's bottom: the next row's title pushes it away.
 */
export function stickyTitleY(row: SceneRow, top: number): number {
  const stuck = top + (row.title.y - row.y);
  return Math.max(row.title.y, Math.min(stuck, row.y + row.height - BELOW_BASELINE));
}
