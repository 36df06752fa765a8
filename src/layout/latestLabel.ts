/** The words beside the latest-report line, on the axis and in an export. */
export const LATEST_LABEL = "latest report";

/** The gap between the line and its label, px. */
const GAP = 4;
/** The room kept between the label and the plot's edges, px (a glyph's edge is not cut by them). */
const EDGE = 2;

/**
 * Which side of its line the latest-report label goes, for a line at `x` in a plot `plotWidth` wide: left
 * near the plot's right edge, unless the left has even less room (a narrow screen); and the other side
 * when the chosen one cannot hold the label (`width` px) but that one can.
 */
export function latestLabelSide(x: number, plotWidth: number, width: number): "left" | "right" {
  const roomLeft = x - GAP;
  const roomRight = plotWidth - x - GAP;
  const side = x > plotWidth - 130 && roomLeft > roomRight ? "left" : "right";
  if (side === "left" && roomLeft < width && roomRight >= width) return "right";
  if (side === "right" && roomRight < width && roomLeft >= width) return "left";
  return side;
}

/**
 * The label's left edge, px, for its line at `x` on `side`: beside the line, kept inside the plot so that
 * it is never cut at its edge (where neither side has room, as on a phone, it runs over its line).
 */
export function latestLabelLeft(x: number, side: "left" | "right", plotWidth: number, width: number): number {
  const left = side === "left" ? x - GAP - width : x + GAP;
  return Math.max(EDGE, Math.min(left, plotWidth - EDGE - width));
}
