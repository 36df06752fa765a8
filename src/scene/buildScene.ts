import type { ScaleTime } from "d3-scale";
import { applyX, type XTransform } from "../dates/zoomWindow.ts";
import { axisPicture } from "../layout/axisPicture.ts";
import { axisTicks } from "../layout/axisTicks.ts";
import { connectors, type Anchor } from "../layout/connectors.ts";
import { itemGeometry, shelfGeometry, type ItemGeometry } from "../layout/itemGeometry.ts";
import { LATEST_LABEL, latestLabelLeft, latestLabelSide } from "../layout/latestLabel.ts";
import { drawnClip } from "../layout/overscan.ts";
import type { PlacedItem, RowLayout } from "../layout/rowLayout.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { AXIS_HEIGHT, LANE_HEIGHT, shelfCentre, type ChartFrame } from "./chartFrame.ts";
import { labelMarks } from "./labelMarks.ts";
import type { Scene, SceneConnector, SceneLatest, SceneMark, SceneRow, SceneTick } from "./scene.ts";
import {
  overlayKinds,
  overlayName,
  overlayParts,
  shelfOverlayParts,
  type SceneOverlay,
} from "./overlayParts.ts";
import { sceneMark } from "./sceneMark.ts";
import { BOLD, textWidth } from "./textWidth.ts";

export interface SceneInput {
  readonly layout: RowLayout;
  /** The items to draw: those in view and its overscan (visibleItems), not the whole dataset. */
  readonly drawn: readonly PlacedItem[];
  readonly base: ScaleTime<number, number>;
  readonly transform: XTransform;
  readonly frame: ChartFrame;
  readonly colors: ReadonlyMap<string, string>;
  readonly palette: ChartPalette;
  /** The newest article's date, ms. */
  readonly latestReport: number | null;
  /** Ghosts and outcomes beside the items; none when absent. */
  readonly overlay?: SceneOverlay;
}

/** The screen x of an instant under a transform, and the clip that keeps every coordinate finite. */
export function plotX(base: ScaleTime<number, number>, t: XTransform): (ms: number) => number {
  return (ms) => applyX(t, base(ms));
}

/** An item's geometry where it stands: on the plot under `x`, clipped to `clip`, or at its shelf column. */
function placedGeometry(
  placed: PlacedItem,
  x: (ms: number) => number,
  clip: readonly [number, number],
): ItemGeometry {
  return placed.placement.at === "plot"
    ? itemGeometry(placed.item, x, clip)
    : shelfGeometry(placed.item.isWindow, shelfCentre(placed.placement.column));
}

/**
 * The marks of the drawn items, unlabelled. `shift` is where the screen's left edge is in `x`'s
 * coordinates, when those are a drawn layer's rather than the screen's (layerOrigin): the clip follows it.
 */
export function sceneMarks(
  drawn: readonly PlacedItem[],
  x: (ms: number) => number,
  frame: ChartFrame,
  colors: ReadonlyMap<string, string>,
  palette: ChartPalette,
  overlay?: SceneOverlay,
  shift = 0,
): SceneMark[] {
  const [from, to] = drawnClip(frame.plotWidth);
  const clip = [from + shift, to + shift] as const;
  return drawn.map((p) => {
    const color = colors.get(p.item.show.id) ?? palette.text;
    const geometry = placedGeometry(p, x, clip);
    const found = overlay?.byId.get(p.item.id);
    const extra =
      found && overlay
        ? {
            // Off the plot (the shelf) there is no time to draw them on: the ghosts stand above the glyph, and
            // a known outcome's triangle under it; its date is in the item's name.
            parts:
              p.placement.at === "plot"
                ? overlayParts(p.item, found, overlay.actual, x, clip, color, palette)
                : shelfOverlayParts(found, geometry.x0, geometry.x1, color, overlay.actual, palette),
            name: overlayName(p.item.name, found, overlay.actual),
          }
        : null;
    return sceneMark(p, geometry, color, palette, extra);
  });
}

/** Arrows between the drawn items on the plot that the articles put in order. */
export function sceneConnectors(
  drawn: readonly PlacedItem[],
  marks: readonly SceneMark[],
  palette: ChartPalette,
): SceneConnector[] {
  const anchors = new Map<string, Anchor>();
  for (const m of marks) {
    if (m.placement.at === "plot") anchors.set(m.id, { x0: m.anchor[0], x1: m.anchor[1], y: m.y });
  }
  return connectors(
    drawn.flatMap((p) =>
      (p.item.event.relations ?? []).map((r) => ({ from: p.item.id, to: r.event, type: r.type })),
    ),
    anchors,
  ).map((c) => ({ ...c, stroke: palette.connector }));
}

/** Row stripes, titles and season labels. */
export function sceneRows(
  layout: RowLayout,
  frame: ChartFrame,
  colors: ReadonlyMap<string, string>,
  palette: ChartPalette,
): SceneRow[] {
  return layout.rows.map((row, i) => ({
    id: row.show.id,
    y: row.y,
    height: row.height,
    fill: i % 2 ? palette.rowStripe : palette.background,
    swatch: colors.get(row.show.id) ?? palette.text,
    title: {
      text: row.show.title,
      x: 8,
      y: row.y + 15,
      fill: palette.text,
      size: frame.narrow ? 11 : 14,
      weight: 700,
      anchor: "start",
    },
    seasons: row.seasons.flatMap((band) =>
      band.label
        ? [
            {
              text: band.label,
              x: frame.labelWidth - 8,
              y: band.y + LANE_HEIGHT / 2 + 9,
              fill: palette.muted,
              size: 11,
              weight: 400,
              anchor: "end",
            } as const,
          ]
        : [],
    ),
  }));
}

/** A tick label's width, px: the estimate for a regular face, widened for a major tick's bold one. */
export const tickLabelWidth = (label: string, major: boolean): number =>
  Math.ceil(textWidth(label, 12) * (major ? BOLD : 1));

/** The axis's ticks across the view: those the page's axis shows at this zoom (axisPicture), as it places them. */
export function sceneTicks(
  base: ScaleTime<number, number>,
  t: XTransform,
  frame: ChartFrame,
  palette: ChartPalette,
): SceneTick[] {
  const axis = axisTicks(base, t, frame.plotWidth, frame.narrow ? 56 : 72);
  return axisPicture(axis, t, frame.plotWidth, null, 0, tickLabelWidth).ticks.map((tick) => ({
    ...tick,
    stroke: tick.major ? palette.gridMajor : palette.grid,
    labelFill: tick.major ? palette.text : palette.muted,
  }));
}

/** The latest-report label's width, px: the estimate for a regular face, widened for the bold one. */
export const LATEST_LABEL_WIDTH = Math.ceil(textWidth(LATEST_LABEL, 12) * 1.1);

/** The latest-report line and its label, placed as the axis places it (axisPicture), inside the plot. */
export function sceneLatest(x: number | null, frame: ChartFrame, palette: ChartPalette): SceneLatest | null {
  if (x === null || x < 0 || x > frame.plotWidth) return null;
  const side = latestLabelSide(x, frame.plotWidth, LATEST_LABEL_WIDTH);
  return {
    x,
    stroke: palette.latest,
    label: {
      text: LATEST_LABEL,
      x: latestLabelLeft(x, side, frame.plotWidth, LATEST_LABEL_WIDTH),
      y: 12,
      fill: palette.latest,
      size: 12,
      weight: 700,
      anchor: "start",
    },
  };
}

/**
 * The pipeline's last stage: laid-out rows and the items in view → the scene, everything a renderer draws.
 */
export function buildScene(input: SceneInput): Scene {
  const { layout, drawn, base, transform, frame, colors, palette, latestReport, overlay } = input;
  const x = plotX(base, transform);
  const marks = labelMarks(sceneMarks(drawn, x, frame, colors, palette, overlay), drawn, frame, palette);
  return {
    width: frame.width,
    height: layout.height + 8,
    axisHeight: AXIS_HEIGHT,
    labelWidth: frame.labelWidth,
    plotWidth: frame.plotWidth,
    shelfWidth: frame.shelfWidth,
    background: palette.background,
    rows: sceneRows(layout, frame, colors, palette),
    ticks: sceneTicks(base, transform, frame, palette),
    latest: sceneLatest(latestReport === null ? null : x(latestReport), frame, palette),
    connectors: sceneConnectors(drawn, marks, palette),
    marks,
    overlayLegend: overlayKinds(overlay, drawn),
  };
}
