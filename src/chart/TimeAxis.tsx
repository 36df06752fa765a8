import type { ScaleTime } from "d3-scale";
import { useLayoutEffect, useMemo, useReducer, useRef } from "react";
import type { ChartPalette } from "../model/chartPalette.ts";
import { timeTicks } from "../dates/timeTicks.ts";
import { AXIS_RIGHT_EDGE, axisNeedsTicks, axisTicks } from "../layout/axisTicks.ts";
import { drawnRange } from "../layout/overscan.ts";
import { applyX, type XTransform } from "../dates/zoomWindow.ts";
import type { TransformStore } from "./transformStore.ts";

/** A hidden tick's place: far outside the axis, which clips it. */
const OFFSCREEN = "translate(-100000px,0)";

/**
 * Moves a tick (or the latest-report label) to where the zoom puts it; it never stretches. Shown only in
 * [0, shownTo): a label past the plot's edge would run over the row titles or off the axis. Each tick is
 * its own small composited SVG moved by a CSS transform: a frame then restyles the ticks but lays out
 * and paints nothing (an SVG `transform` attribute would lay out and repaint the page's own layer).
 * A hidden tick is moved out of the axis, not made `visibility: hidden`: a visibility change repaints and
 * re-layerizes the page, where a transform only moves a layer. Only a change is written (each write
 * restyles the tick, even with the same value), so a hidden tick is left alone until it comes into view.
 * Returns the tick's transform, which the next frame passes back as `was`.
 */
function place(element: Element | null | undefined, screenX: number, shownTo: number, was?: string) {
  const transform = screenX >= 0 && screenX < shownTo ? `translate(${screenX}px,0)` : OFFSCREEN;
  if (element && transform !== was) (element as SVGSVGElement).style.transform = transform;
  return transform;
}

/**
 * Ticks for the live zoom, rendered by React only when the zoom needs other ticks (another unit, a view
 * past the ticks made, another first tick in view to name its year). Every other frame moves the ticks
 * it rendered, each by its transform: no render, no style recalculation of anything else. The frames own
 * the ticks' `transform` (React does not render it), and place them before the first paint.
 */
function useAxisTicks(
  store: TransformStore,
  base: ScaleTime<number, number>,
  width: number,
  minSpacing: number,
  latestFit: number | null,
) {
  // The ticks' box holds the ticks, in order, then the latest-report label, which has its own ref too.
  const ticksRef = useRef<HTMLDivElement>(null);
  const latestRef = useRef<SVGSVGElement>(null);
  const [version, next] = useReducer((n: number) => n + 1, 0);
  // The live zoom as of this render: a frame that needs other ticks renders again, and reads it again.
  const axis = useMemo(
    () => axisTicks(base, store.getState().live, width, minSpacing),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` asks for ticks at the live zoom.
    [base, store, width, minSpacing, version],
  );
  useLayoutEffect(() => {
    // Where this axis's ticks were last put: new ticks (or elements React reused for them) are all placed.
    const placed: string[] = [];
    let latestPlaced: string | undefined;
    const frame = () => {
      const { live } = store.getState();
      if (axisNeedsTicks(axis, live, width, minSpacing)) return next();
      const ticks = ticksRef.current?.children ?? [];
      for (let i = 0; i < ticks.length; i++) {
        const tick = axis.ticks[i];
        if (tick) placed[i] = place(ticks[i], applyX(live, tick.fitX), width - AXIS_RIGHT_EDGE, placed[i]);
      }
      if (latestFit !== null)
        latestPlaced = place(latestRef.current, applyX(live, latestFit), width + 1, latestPlaced);
    };
    frame();
    return store.subscribe(frame);
  }, [axis, store, width, minSpacing, latestFit]);
  return { axis, ticksRef, latestRef };
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
  const { axis, ticksRef, latestRef } = useAxisTicks(store, base, plotWidth, narrow ? 56 : 72, latestFit);
  // Which side of its line the label goes, as of the ticks' zoom: it flips only when they are made again.
  // Left of the line near the plot's right edge, unless the left has even less room (a narrow screen),
  // where it would run over the rows' titles.
  const latestX = latestFit === null ? null : applyX(axis.t, latestFit);
  const flip = latestX !== null && latestX > plotWidth - 130 && latestX > plotWidth - latestX;
  return (
    <div className="timeline-axis axis" aria-hidden="true" style={{ height, background: palette.background }}>
      {/* The ticks, in order, then the latest-report label: the frames move them all. */}
      <div className="axis-ticks" ref={ticksRef} style={{ left: labelWidth }}>
        {/* Keyed by place, not by time: new ticks (another unit) reuse the elements, and their layers. */}
        {axis.ticks.map((tick, i) => (
          <svg key={i} className="axis-tick">
            <line y1={height - 8} y2={height} stroke={tick.major ? palette.gridMajor : palette.grid} />
            <text
              y={height - 14}
              x={3}
              fill={tick.major ? palette.text : palette.muted}
              fontSize={12}
              fontWeight={tick.major ? 700 : 400}
            >
              {tick.label}
            </text>
          </svg>
        ))}
        {latestFit !== null && (
          <svg ref={latestRef} className="axis-tick">
            <text
              className="latest-report"
              y={12}
              x={flip ? -4 : 4}
              textAnchor={flip ? "end" : "start"}
              fill={palette.latest}
              fontSize={12}
              fontWeight={700}
            >
              latest report
            </text>
          </svg>
        )}
      </div>
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
    const [r0, r1] = drawnRange(transform, base.range()[1] ?? 0);
    const drawn = base
      .copy()
      .domain([base.invert(r0), base.invert(r1)])
      .range([applyX(transform, r0), applyX(transform, r1)]);
    return timeTicks(drawn, narrow ? 56 : 72).ticks;
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
