import type { EventKind, RelationType } from "../data/vocabulary.ts";
import type { OverlayPartKind } from "./overlayParts.ts";

/**
 * What the chart draws, as plain data: every renderer (the React SVG, the exported SVG and PNG, a canvas
 * one day) maps a scene to output and decides nothing. Coordinates are px; a mark's parts are relative to
 * its centre line `y`. Paints are colours, "none", or "pattern:dots" / "pattern:hatch" (the renderer
 * resolves patterns and fades to its own definitions).
 */
export interface Scene {
  readonly width: number;
  readonly height: number;
  /** The time axis band above the rows. */
  readonly axisHeight: number;
  /** Where the row titles end and the plot begins, the plot's width, and the shelf's, px. */
  readonly labelWidth: number;
  readonly plotWidth: number;
  readonly shelfWidth: number;
  readonly background: string;
  readonly rows: readonly SceneRow[];
  /** Grid lines and axis labels, x in the plot. */
  readonly ticks: readonly SceneTick[];
  /** The newest article's date, x in the plot; null when out of view or unknown. */
  readonly latest: SceneLatest | null;
  readonly connectors: readonly SceneConnector[];
  readonly marks: readonly SceneMark[];
  /** The overlay parts drawn (ghosts, outcomes, misses), for the legend: empty when none is. */
  readonly overlayLegend: readonly OverlayPartKind[];
}

export interface SceneText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly fill: string;
  readonly size: number;
  readonly weight: 400 | 700;
  readonly anchor: "start" | "end";
}

export interface SceneRow {
  readonly id: string;
  readonly y: number;
  readonly height: number;
  readonly fill: string;
  /** The show's title (with its colour swatch) and season labels, in the label column. */
  readonly title: SceneText;
  readonly swatch: string;
  readonly seasons: readonly SceneText[];
}

export interface SceneTick {
  readonly x: number;
  readonly label: string;
  readonly major: boolean;
  /** Its label after the tick, or before it near the plot's right edge (axisPicture). */
  readonly anchor: "start" | "end";
  readonly stroke: string;
  readonly labelFill: string;
}

export interface SceneLatest {
  readonly x: number;
  readonly stroke: string;
  readonly label: SceneText;
}

export interface SceneConnector {
  readonly key: string;
  readonly d: string;
  readonly type: RelationType;
  readonly stroke: string;
}

export type Paint = string;

export interface PartStyle {
  readonly fill: Paint;
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash: string | null;
  /** Fades out towards an open side. */
  readonly fade: "left" | "right" | null;
}

export type ScenePart =
  | ({
      readonly type: "rect";
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    } & PartStyle)
  | ({ readonly type: "path"; readonly d: string; readonly dx: number } & PartStyle);

/** Where a mark stands: on the time plot, or on the "date not announced" shelf at the right. */
export type MarkPlacement = { readonly at: "plot" } | { readonly at: "shelf"; readonly column: number };

export interface SceneMark {
  readonly id: string;
  readonly kind: EventKind;
  readonly placement: MarkPlacement;
  readonly row: number;
  readonly y: number;
  readonly parts: readonly ScenePart[];
  /** The mark's drawn extent, px: hit area, connectors and label placement keep to it. */
  readonly x0: number;
  readonly x1: number;
  /** Where connectors meet the mark: its time extent, px. */
  readonly anchor: readonly [number, number];
  /** The accessible name: what and when, in full. */
  readonly name: string;
  /** The short text shown beside the mark; null when there was no room for it (the mark still stands). */
  readonly label: MarkLabel | null;
}

export interface MarkLabel {
  readonly text: string;
  /** The label's left edge and width, px (estimated from the text). */
  readonly x: number;
  readonly width: number;
  readonly fill: string;
  readonly halo: string;
}

/** Label type size, px: at least 11 (the brief's floor for readable labels). */
export const LABEL_SIZE = 11;
