import { textWidth } from "../scene/textWidth.ts";

/** A label set on a line: its centre, px (kept inside the room), its width, and its line, 0 the lowest. */
export interface LinedLabel {
  readonly x: number;
  readonly width: number;
  readonly line: number;
}

/**
 * Each label's line, so that none overlaps another: a label goes on the lowest line where it clears the
 * last label there by `gap` px, as piles' "+n" counts 24 px apart can be wider than that. `labels` must be
 * in order of x; each is centred on its x, moved in to stay between `left` and `right` whole. Widths are
 * textWidth's estimate at `size` px, which errs wide.
 */
export function labelLines(
  labels: readonly { readonly x: number; readonly text: string }[],
  room: { readonly left: number; readonly right: number; readonly size: number; readonly gap: number },
): LinedLabel[] {
  // In order of x, the last label on a line reaches furthest right: it starts past every other's end.
  const ends: number[] = [];
  return labels.map(({ x, text }) => {
    const width = textWidth(text, room.size);
    const centre = Math.min(Math.max(x, room.left + width / 2), room.right - width / 2);
    let line = ends.findIndex((end) => centre - width / 2 >= end + room.gap);
    if (line < 0) line = ends.length;
    ends[line] = centre + width / 2;
    return { x: Math.round(centre * 10) / 10, width, line };
  });
}
