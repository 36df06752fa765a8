import { OPEN_FADE } from "../layout/itemGeometry.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import type { ItemOverlay, OverlayDate } from "../model/itemOverlays.ts";
import { overlayMisses } from "../model/overlayMiss.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { BAR_HEIGHT } from "./markStyle.ts";
import type { ScenePart } from "./scene.ts";

/** Path coordinates to a tenth of a pixel: the exported SVG stays short. */
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Where the overlay's strips sit in a mark's lane, px from its centre line: ghosts above the bar, the
 * outcome below it. Both stay inside the lane (±16) and clear of the label's line, so neither lanes nor
 * label placement change when they are drawn.
 */
export const GHOST_Y = -BAR_HEIGHT / 2 - 7;
export const GHOST_HEIGHT = 5;
export const ACTUAL_Y = BAR_HEIGHT / 2 + 3;
export const ACTUAL_HEIGHT = 4;

/** The overlay's parts, in one registry: what each looks like is read by the chart, the export and the legend. */
export const OVERLAY_PARTS = {
  ghost: { legend: "Faint dashed strip above: an earlier report, superseded (a ghost)" },
  actual: { legend: "Solid strip or triangle below (Reported vs actual): what happened" },
  miss: { legend: "Red dotted line: how far what happened missed what was reported" },
} as const;

export type OverlayPartKind = keyof typeof OVERLAY_PARTS;

/** What the chart draws beside the items: their ghosts, and whether to show what happened. */
export interface SceneOverlay {
  readonly byId: ReadonlyMap<string, ItemOverlay>;
  /** The "Reported vs actual" toggle. */
  readonly actual: boolean;
}

/** An item's accessible name with its overlay: "…; was 2017 (Player.One); premiered 8 March 2018 (CBR)". */
export function overlayName(name: string, overlay: ItemOverlay | undefined, showActual: boolean): string {
  if (!overlay) return name;
  const words = overlay.ghosts.map((g) => g.words);
  if (showActual && overlay.actual) words.push(overlay.actual.words);
  return words.length ? `${name}; ${words.join("; ")}` : name;
}

/** The ghost's look: the show's colour, faint, with a dashed edge. */
export function ghostStyle(color: string) {
  return { fill: color, fillOpacity: 0.25, stroke: color, strokeWidth: 1, dash: "3 2", fade: null } as const;
}

/** The outcome's look: solid, in the text colour, so that it reads apart from every show's colour. */
export function actualStyle(palette: ChartPalette) {
  return {
    fill: palette.text,
    fillOpacity: 1,
    stroke: "none",
    strokeWidth: 0,
    dash: null,
    fade: null,
  } as const;
}

export function missStyle(palette: ChartPalette) {
  return {
    fill: "none",
    fillOpacity: 1,
    stroke: palette.latest,
    strokeWidth: 2,
    dash: "2 2",
    fade: null,
  } as const;
}

/** A legend's swatch for an overlay part, `width` px wide from `x`, centred on 0. */
export function overlaySwatch(
  kind: OverlayPartKind,
  x: number,
  width: number,
  palette: ChartPalette,
): ScenePart[] {
  switch (kind) {
    case "ghost":
      return [{ type: "rect", x, y: -3, width, height: GHOST_HEIGHT, ...ghostStyle(palette.muted) }];
    case "actual":
      return [
        { type: "rect", x, y: -2, width: width - 12, height: ACTUAL_HEIGHT, ...actualStyle(palette) },
        { type: "path", d: "M0,-3 L4,3 L-4,3 Z", dx: x + width - 4, ...actualStyle(palette) },
      ];
    case "miss":
      return [{ type: "path", d: `M${x},-6 V0 H${x + width}`, dx: 0, ...missStyle(palette) }];
  }
}

/**
 * The instants of these items' outcomes, with the toggle on, for the fitted time domain: an outcome a year
 * after every report is still on the chart. Ghosts are not fitted: the default view stays as it was, and a
 * ghost runs off the edge as an old claim may.
 */
export function overlayInstants(
  items: readonly { readonly id: string }[],
  overlay: SceneOverlay | undefined,
): number[] {
  if (!overlay?.actual || overlay.byId.size === 0) return [];
  const instants: number[] = [];
  const add = (d: OverlayDate) => {
    for (const interval of [d.start, d.end]) {
      if (interval) instants.push(interval.earliest, interval.latest);
    }
  };
  for (const item of items) {
    const found = overlay.byId.get(item.id);
    if (!found) continue;
    if (found.actual) add(found.actual);
  }
  return instants.filter(Number.isFinite);
}

/** An overlay date's extent, px: from its start's earliest to its end's (or start's) latest; open sides fade. */
function extent(
  date: Pick<OverlayDate, "start" | "end">,
  px: (ms: number) => number,
): [number, number] | null {
  const first = date.start ?? date.end;
  if (first === null) return null;
  const last = date.end ?? date.start ?? first;
  const early = Number.isFinite(first.earliest);
  const late = Number.isFinite(last.latest);
  if (!early && !late) return null;
  const a = early ? px(first.earliest) : px(last.latest) - OPEN_FADE;
  const b = late ? px(last.latest) : px(first.earliest) + OPEN_FADE;
  return [a, Math.max(a + 2, b)];
}

/** An outcome of a single day: a small solid triangle under the mark, its tip at `dx`. */
const actualTriangle = (dx: number, palette: ChartPalette): ScenePart => ({
  type: "path",
  d: `M0,${ACTUAL_Y} L4,${ACTUAL_Y + 6} L-4,${ACTUAL_Y + 6} Z`,
  dx,
  ...actualStyle(palette),
});

/**
 * A mark's ghosts and (when asked for) its outcome, as parts relative to its centre line, clipped to `clip`.
 * The miss: a dotted line from the reported span to the outcome, along the outcome's strip, when the
 * outcome fell outside what was reported.
 */
export function overlayParts(
  item: TimelineItem,
  overlay: ItemOverlay,
  showActual: boolean,
  x: (ms: number) => number,
  clip: readonly [number, number],
  color: string,
  palette: ChartPalette,
): ScenePart[] {
  const [lo, hi] = clip;
  const px = (ms: number) => Math.max(lo, Math.min(hi, x(ms)));
  const parts: ScenePart[] = [];
  for (const g of overlay.ghosts) {
    const e = extent(g, px);
    if (e)
      parts.push({
        type: "rect",
        x: e[0],
        y: GHOST_Y,
        width: e[1] - e[0],
        height: GHOST_HEIGHT,
        ...ghostStyle(color),
      });
  }
  const actual = showActual ? overlay.actual : null;
  if (actual) {
    const e = extent(actual, px);
    if (e) {
      const point = e[1] - e[0] < 4;
      // A single day is a small solid triangle pointing up at it; a window, a solid strip.
      if (point) parts.push(actualTriangle((e[0] + e[1]) / 2, palette));
      else
        parts.push({
          type: "rect",
          x: e[0],
          y: ACTUAL_Y,
          width: e[1] - e[0],
          height: ACTUAL_HEIGHT,
          ...actualStyle(palette),
        });
      // From the reported edge down to the outcome's line, then along it to the outcome: a miss each side.
      for (const miss of overlayMisses(item, actual))
        if (miss.type === "late" || miss.type === "early") {
          const line = ACTUAL_Y + ACTUAL_HEIGHT / 2;
          parts.push({
            type: "path",
            d: `M${round(px(miss.from))},${BAR_HEIGHT / 2} V${line} H${round(px(miss.to))}`,
            dx: 0,
            ...missStyle(palette),
          });
        }
    }
  }
  return parts;
}

/** At most this many pieces in a shelf ghost strip: more would be slivers (the name still says them all). */
const SHELF_GHOST_PIECES = 4;

/**
 * An undated item's ghosts on the shelf, where there is no time to draw them over: a faint dashed strip above
 * its glyph, over the glyph's width (`x0`–`x1`), cut into a piece per earlier report so that their number
 * reads. What each said is in the item's name, as on the plot. With `showActual` and an outcome known, the
 * outcome's triangle stands under the glyph, and the name says when it happened: drawn on the plot, at the
 * shelf line's y, it would sit in the lane of another item, and read as that item's outcome.
 */
export function shelfOverlayParts(
  overlay: ItemOverlay,
  x0: number,
  x1: number,
  color: string,
  showActual: boolean,
  palette: ChartPalette,
): ScenePart[] {
  const pieces = Math.min(overlay.ghosts.length, SHELF_GHOST_PIECES);
  const gap = 2;
  const width = (x1 - x0 - gap * (pieces - 1)) / pieces;
  const parts: ScenePart[] = Array.from({ length: pieces }, (_, i) => ({
    type: "rect",
    x: round(x0 + i * (width + gap)),
    y: GHOST_Y,
    width: round(width),
    height: GHOST_HEIGHT,
    ...ghostStyle(color),
  }));
  if (showActual && overlay.actual) parts.push(actualTriangle((x0 + x1) / 2, palette));
  return parts;
}
