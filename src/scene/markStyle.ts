import type { Certainty, EventKind } from "../data/vocabulary.ts";

/** A window's bar height and a milestone marker's size, px. */
export const BAR_HEIGHT = 14;
export const MARKER_SIZE = 16;

/** The glyph of a milestone kind, centred on 0,0: shape, not colour alone, tells kinds apart. */
export function markerPath(kind: EventKind, size = MARKER_SIZE): string {
  const r = size / 2;
  if (kind === "release") return `M0,${-r} L${r},0 L0,${r} L${-r},0 Z`;
  // announcement (and any other): a circle, drawn as a path so that every glyph is one element
  return `M${-r + 1},0 a${r - 1},${r - 1} 0 1,0 ${2 * r - 2},0 a${r - 1},${r - 1} 0 1,0 ${-(2 * r - 2)},0`;
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
