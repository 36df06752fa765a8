import type { ScaleTime } from "d3-scale";
import type { XTransform } from "../dates/zoomWindow.ts";
import { axisPicture } from "../layout/axisPicture.ts";
import { axisTicks } from "../layout/axisTicks.ts";
import { latestLabelLeft, latestLabelSide, LATEST_LABEL } from "../layout/latestLabel.ts";
import type { PlacedItem, RowLayout } from "../layout/rowLayout.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { LATEST_LABEL_WIDTH, tickLabelWidth } from "./axisLabelWidths.ts";
import { AXIS_HEIGHT, type ChartFrame } from "./chartFrame.ts";
import { labelMarks } from "./labelMarks.ts";
import { overlayKinds } from "./overlayKinds.ts";
import type { SceneOverlay } from "./overlayParts.ts";
import { plotX } from "./plotX.ts";
import type { Scene, SceneLatest, SceneTick } from "./scene.ts";
import { sceneConnectors } from "./sceneConnectors.ts";
import { sceneMarks } from "./sceneMarks.ts";
import { sceneRows } from "./sceneRows.ts";

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
 * Whole, it is built for export only, and loaded with it: the live chart builds its parts (sceneMarks,
 * sceneRows, …) apart, each as its inputs change, and paints its own axis.
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
