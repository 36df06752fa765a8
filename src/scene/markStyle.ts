import { MARK_KINDS, type Certainty, type EventKind, type MarkKind } from "../data/vocabulary.ts";

/** A window's bar height and a milestone marker's size, px. */
export const BAR_HEIGHT = 14;
export const MARKER_SIZE = 16;

/** The glyph of a milestone kind, centred on 0,0: shape, not colour alone, tells kinds apart. */
export function markerPath(kind: EventKind, size = MARKER_SIZE): string {
  return glyphPath(MARK_KINDS[kind].glyph, size);
}

/** Each glyph as one path, so that every mark is one element. */
export function glyphPath(glyph: MarkKind["glyph"], size = MARKER_SIZE): string {
  const r = size / 2;
  switch (glyph) {
    case "diamond":
      return `M0,${-r} L${r},0 L0,${r} L${-r},0 Z`;
    case "circle":
      return `M${-r + 1},0 a${r - 1},${r - 1} 0 1,0 ${2 * r - 2},0 a${r - 1},${r - 1} 0 1,0 ${-(2 * r - 2)},0`;
    case "square":
      return `M${-r + 2},${-r + 2} H${r - 2} V${r - 2} H${-r + 2} Z`;
    case "triangle":
      return `M0,${-r} L${r},${r - 2} L${-r},${r - 2} Z`;
  }
}

/** How firm a claim is shows in its outline: thick for confirmed, thin for reported, dashed for speculative. */
export const CERTAINTY_STROKE: Record<
  Certainty,
  { readonly width: number; readonly dash: string | undefined }
> = {
  confirmed: { width: 2, dash: undefined },
  reported: { width: 1, dash: undefined },
  speculative: { width: 1.5, dash: "3 2" },
};
