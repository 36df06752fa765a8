/** Rows painted above and below the band in view, px: a scroll shows them before the next repaint. */
export const CANVAS_MARGIN = 256;

/**
 * The band of rows a large chart's marks canvas covers: the rows in view and a margin each side, from
 * sheet y `top`, `tall` px high. Its height changes only with the view's or the rows' own: at the rows'
 * ends the band stops at the end and keeps its height. A canvas given a new size allocates a new bitmap,
 * which cost 10–20 ms in the next commit at 20k events (a keyboard jump to the last rows, then another
 * back, each made a long frame).
 */
export function canvasBand(
  scrollTop: number,
  viewHeight: number,
  rowsHeight: number,
): { readonly top: number; readonly tall: number } {
  const tall = Math.max(0, Math.min(rowsHeight, viewHeight + 2 * CANVAS_MARGIN));
  const top = Math.max(0, Math.min(scrollTop - CANVAS_MARGIN, rowsHeight - tall));
  return { top, tall };
}
