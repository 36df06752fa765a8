/** The axis band's height, a lane's, and the space above and below a row's lanes, px. */
export const AXIS_HEIGHT = 44;
export const LANE_HEIGHT = 32;
export const ROW_PADDING = 6;
/** One undated item's column on the shelf, px. */
export const SHELF_COLUMN = 30;
/** The widest a label on the plot gets, px: longer ones are cut at a word. */
export const LABEL_MAX_WIDTH = 220;

/** The narrowest chart drawn, px: 96 of row titles, the shelf's 80 (its heading's words need them), a plot of 60. */
export const MIN_WIDTH = 236;

/** How a chart of a given width divides it: row titles, the time plot, the "date not announced" shelf. */
export interface ChartFrame {
  readonly width: number;
  readonly narrow: boolean;
  readonly labelWidth: number;
  readonly plotWidth: number;
  readonly shelfWidth: number;
  /** Undated items per line on the shelf. */
  readonly shelfColumns: number;
  /** Room for each shelf item's label beside its glyph, px; 0 where the shelf has no room (a phone). */
  readonly shelfLabelWidth: number;
}

export function chartFrame(measured: number): ChartFrame {
  // The box's own width, down to a floor where the plot keeps 60 px: a chart wider than its box is cut off
  // (the shelf first), and focusing an item there scrolled the rows sideways, away from the axis. A phone
  // at 400% zoom, or a window of 900 px with the citations panel open, gives less than 320.
  const width = Math.max(MIN_WIDTH, measured);
  const narrow = width < 600;
  const labelWidth = narrow ? 96 : 170;
  // A wide chart gives the shelf one column with labels beside the glyphs; a narrower one keeps the plot's
  // room and the shelf to glyphs in columns (their names are in the tooltip and the table).
  const labelledShelf = width >= 1080;
  const shelfColumns = labelledShelf ? 1 : narrow ? 2 : 3;
  const shelfLabelWidth = labelledShelf ? 190 : 0;
  const shelfWidth = shelfColumns * SHELF_COLUMN + 20 + shelfLabelWidth;
  const plotWidth = width - labelWidth - shelfWidth;
  return { width, narrow, labelWidth, plotWidth, shelfWidth, shelfColumns, shelfLabelWidth };
}

/** Where an undated item's glyph stands on the shelf, px from the shelf's left edge. */
export function shelfCentre(column: number): number {
  return 14 + column * SHELF_COLUMN + SHELF_COLUMN / 2;
}
