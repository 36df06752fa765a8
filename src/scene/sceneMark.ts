import { MARK_KINDS } from "../data/vocabulary.ts";
import type { ItemGeometry, Segment } from "../layout/itemGeometry.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { BAR_HEIGHT, CERTAINTY_STROKE, MARKER_SIZE, markerPath } from "./markStyle.ts";
import type { MarkPlacement, PartStyle, SceneMark, ScenePart } from "./scene.ts";

const PLAIN: Omit<PartStyle, "fill"> = {
  fillOpacity: 1,
  stroke: "none",
  strokeWidth: 0,
  dash: null,
  fade: null,
};

/**
 * One event as drawn: its parts (bars, patterns, outline, open-end arrows, glyph) from its geometry, what
 * its kind's registry entry says, its show's colour and the palette. No label yet: labels are placed for
 * all the marks in a lane together (labelMarks).
 */
export function sceneMark(
  placed: PlacedItem,
  geometry: ItemGeometry,
  color: string,
  palette: ChartPalette,
  /** Ghosts and the outcome, already as parts (drawn first: behind the mark). */
  overlay: { readonly parts: readonly ScenePart[]; readonly name: string } | null = null,
): SceneMark {
  const { item } = placed;
  const { event } = item;
  const kind = MARK_KINDS[event.kind];
  const outline = CERTAINTY_STROKE[event.certainty];
  const half = BAR_HEIGHT / 2;
  const parts: ScenePart[] = [...(overlay?.parts ?? [])];
  const bar = (
    s: Segment,
    style: Partial<PartStyle> & Pick<PartStyle, "fill">,
    y = -half,
    height = BAR_HEIGHT,
  ) =>
    parts.push({
      type: "rect",
      x: s.x0,
      y,
      width: Math.max(1, s.x1 - s.x0),
      height,
      ...PLAIN,
      fade: s.openEnd ? "right" : s.openStart ? "left" : null,
      ...style,
    });
  for (const s of geometry.segments) {
    const faded = s.style === "span";
    bar(s, { fill: color, fillOpacity: faded ? palette.faded : 1 });
    if (s.approximate) bar(s, { fill: "pattern:dots" });
    if (s.uncertain) bar(s, { fill: "pattern:hatch" });
    if (kind.stripe && !faded) bar(s, { fill: palette.background }, -1.5, 3);
  }
  const arrows = geometry.segments.filter((s) => s.openEnd || s.openStart);
  if (kind.shape === "window") {
    parts.push({
      type: "rect",
      x: geometry.x0,
      y: -half,
      width: Math.max(1, geometry.x1 - geometry.x0),
      height: BAR_HEIGHT,
      fill: "none",
      fillOpacity: 1,
      stroke: palette.text,
      strokeWidth: outline.width,
      dash: outline.dash ?? null,
      // The outline fades where the window runs on into the unknown.
      fade: arrows.some((s) => s.openEnd) ? "right" : arrows.some((s) => s.openStart) ? "left" : null,
    });
  }
  for (const s of arrows) {
    const tip = s.openEnd ? s.x1 : s.x0;
    const dir = s.openEnd ? 1 : -1;
    parts.push({
      type: "path",
      d: `M${tip - 7 * dir},${-half} L${tip},0 L${tip - 7 * dir},${half}`,
      dx: 0,
      ...PLAIN,
      fill: "none",
      stroke: palette.muted,
      strokeWidth: 2,
    });
  }
  if (kind.shape === "milestone") {
    parts.push({
      type: "path",
      d: markerPath(event.kind),
      dx: geometry.markerX,
      fill: geometry.exact ? color : palette.background,
      fillOpacity: 1,
      stroke: geometry.exact ? palette.text : color,
      strokeWidth: geometry.exact ? outline.width : 3,
      dash: geometry.exact ? (outline.dash ?? null) : null,
      fade: null,
    });
  }
  const placement: MarkPlacement =
    placed.placement.at === "plot" ? { at: "plot" } : { at: "shelf", column: placed.placement.column };
  const glyph = kind.shape === "milestone" ? MARKER_SIZE / 2 : 0;
  return {
    id: item.id,
    kind: event.kind,
    placement,
    row: placed.row,
    y: placed.y,
    parts,
    x0: Math.min(geometry.x0, geometry.markerX - glyph),
    x1: Math.max(geometry.x1, geometry.markerX + glyph),
    anchor: [geometry.x0, geometry.x1],
    name: overlay?.name ?? item.name,
    label: null,
  };
}
