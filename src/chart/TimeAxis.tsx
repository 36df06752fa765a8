import type { ScaleTime } from "d3-scale";
import { useLayoutEffect, useMemo, useRef } from "react";
import type { ChartPalette } from "../model/chartPalette.ts";
import { timeTicks } from "../dates/timeTicks.ts";
import { axisPicture, type AxisPicture } from "../layout/axisPicture.ts";
import { axisNeedsTicks, axisTicks } from "../layout/axisTicks.ts";
import { drawnRange } from "../layout/overscan.ts";
import { applyX, type XTransform } from "../dates/zoomWindow.ts";
import { latestLabelWidth, paintAxis } from "./paintAxis.ts";
import { LATEST_LABEL_WIDTH, tickLabelWidth } from "../scene/axisLabelWidths.ts";
import type { TransformStore } from "./transformStore.ts";

/** The labels the axis shows, left to right, as one string: the canvas's `data-labels` (see below). */
const labelsOf = (picture: AxisPicture) =>
  picture.ticks
    .filter((tick) => tick.label !== "")
    .map((tick) => tick.label)
    .join("|");

/**
 * The axis's ticks and the latest-report label, painted on one canvas at every zoom frame from the ticks
 * made for the zoom (`axisTicks`), with no React work: ticks are made again, outside React too, only when
 * the zoom needs other ones (another unit, a view past the ticks made, another first tick in view to name
 * its year). A frame repaints one small layer. (Each tick was its own small composited SVG, moved by a
 * CSS transform: dozens of layers, 25 at a 1k first draw, whose layerization and commit cost more each
 * frame than the items' own layer; in a trace of a 5k zoom, hiding the axis took a gesture's
 * layerization from 35 to 10 ms.)
 * The canvas's `data-labels` lists the labels shown, written only when they change: what a reader sees,
 * for tests and tools (the axis is `aria-hidden`: the items' names say their dates).
 */
function useAxisCanvas(
  store: TransformStore,
  base: ScaleTime<number, number>,
  plotWidth: number,
  size: { readonly width: number; readonly height: number; readonly pixelRatio: number },
  minSpacing: number,
  latestFit: number | null,
  palette: ChartPalette,
) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { width, height, pixelRatio } = size;
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d") ?? null;
    if (!canvas) return;
    // The scene's estimate until the first paint measures the label: measuring is a canvas's first text,
    // which sets up its fonts, and that waits for the first paint (below), out of the chart's first draw.
    let latestWidth = LATEST_LABEL_WIDTH;
    let axis = axisTicks(base, store.getState().live, plotWidth, minSpacing);
    let labels: string | undefined;
    let picture: AxisPicture | undefined;
    const paint = () => {
      if (ctx && picture) paintAxis(ctx, picture, { width, height, pixelRatio }, palette);
    };
    const frame = (now: boolean) => {
      const { live } = store.getState();
      if (axisNeedsTicks(axis, live, plotWidth, minSpacing))
        axis = axisTicks(base, live, plotWidth, minSpacing);
      picture = axisPicture(axis, live, plotWidth, latestFit, latestWidth, tickLabelWidth);
      if (now) paint();
      const shown = labelsOf(picture);
      if (shown !== labels) canvas.dataset["labels"] = labels = shown;
    };
    // The first paint waits for the frame's animation callbacks, still before the frame is painted: drawn
    // at once it fell inside the chart's first draw, and a page's first canvas text costs (its fonts set
    // up, about 20 ms at 5k under load), as an SVG label's does in the frame's own paint.
    frame(false);
    const first = requestAnimationFrame(() => {
      latestWidth = latestLabelWidth(ctx);
      frame(true);
    });
    const stop = store.subscribe(() => frame(true));
    return () => {
      cancelAnimationFrame(first);
      stop();
    };
  }, [store, base, plotWidth, width, height, pixelRatio, minSpacing, latestFit, palette]);
  return ref;
}

interface AxisProps {
  readonly store: TransformStore;
  readonly base: ScaleTime<number, number>;
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly plotWidth: number;
  readonly narrow: boolean;
  readonly palette: ChartPalette;
  readonly latestReport: number | null;
}

/** The time axis above the rows, with the latest-report label and the shelf's heading. */
export function TimeAxis({
  store,
  base,
  width,
  height,
  labelWidth,
  plotWidth,
  narrow,
  palette,
  latestReport,
}: AxisProps) {
  const latestFit = latestReport === null ? null : base(latestReport);
  // The canvas spans the ticks' box: the plot and the shelf, whose heading is drawn over it.
  const canvasWidth = width - labelWidth;
  const pixelRatio = typeof window === "undefined" ? 1 : window.devicePixelRatio || 1;
  const size = useMemo(() => ({ width: canvasWidth, height, pixelRatio }), [canvasWidth, height, pixelRatio]);
  const ref = useAxisCanvas(store, base, plotWidth, size, narrow ? 56 : 72, latestFit, palette);
  return (
    <div className="timeline-axis axis" aria-hidden="true" style={{ height, background: palette.background }}>
      <canvas
        ref={ref}
        className="axis-canvas"
        width={Math.round(canvasWidth * pixelRatio)}
        height={Math.round(height * pixelRatio)}
        style={{ left: labelWidth, width: canvasWidth, height }}
      />
      <svg className="axis-shelf" width={width - labelWidth - plotWidth} height={height}>
        <text x={12} y={18} fill={palette.text} fontSize={11} fontWeight={700}>
          Date not
        </text>
        <text x={12} y={32} fill={palette.text} fontSize={11} fontWeight={700}>
          announced
        </text>
      </svg>
    </div>
  );
}

interface GridProps {
  /** The transform the layer is drawn for: the layer moves with the live zoom, like the items. */
  readonly transform: XTransform;
  readonly base: ScaleTime<number, number>;
  readonly height: number;
  readonly narrow: boolean;
  readonly palette: ChartPalette;
  readonly latestReport: number | null;
}

/**
 * Vertical grid lines and the latest-report line through the rows, drawn with the plotted items (and moved
 * with them), over the whole drawn range, so that a pan never shows a bare strip before React redraws.
 */
export function GridLines({ transform, base, height, narrow, palette, latestReport }: GridProps) {
  const ticks = useMemo(() => {
    const plotWidth = base.range()[1] ?? 0;
    const [r0, r1] = drawnRange(transform, plotWidth);
    const drawn = base
      .copy()
      .domain([base.invert(r0), base.invert(r1)])
      .range([applyX(transform, r0), applyX(transform, r1)]);
    return timeTicks(drawn, narrow ? 56 : 72, plotWidth).ticks;
  }, [base, transform, narrow]);
  const latestX = latestReport === null ? null : applyX(transform, base(latestReport));
  return (
    <g aria-hidden="true" className="grid">
      {ticks.map((tick) => (
        <line
          key={tick.time}
          x1={tick.x}
          x2={tick.x}
          y1={0}
          y2={height}
          stroke={tick.major ? palette.gridMajor : palette.grid}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {latestX !== null && (
        <line
          x1={latestX}
          x2={latestX}
          y1={0}
          y2={height}
          stroke={palette.latest}
          strokeWidth={2}
          strokeDasharray="6 3"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </g>
  );
}
