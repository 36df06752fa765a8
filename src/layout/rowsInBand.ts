/** Something stacked down the chart: rows, top to bottom, each from y to y + height. */
export interface Band {
  readonly y: number;
  readonly height: number;
}

/**
 * The rows that meet [y0, y1], as the index range [from, to) of `rows` (sorted top to bottom, not
 * overlapping). O(log n): a chart of many rows draws the few in view, and skips the rest.
 */
export function rowsInBand(rows: readonly Band[], y0: number, y1: number): [number, number] {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid];
    if (row !== undefined && row.y + row.height < y0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < rows.length && (rows[end]?.y ?? Infinity) <= y1) end++;
  return [lo, end];
}
