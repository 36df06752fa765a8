import type { ScaleTime } from "d3-scale";
import { useMemo } from "react";
import { useStore } from "zustand";
import type { ChartPalette } from "../model/chartPalette.ts";
import { timeTicks } from "../dates/timeTicks.ts";
import { drawnRange } from "../layout/overscan.ts";
import { applyX, rescaleTime, type XTransform } from "../dates/zoomWindow.ts";
import type { TransformStore } from "./transformStore.ts";

/** Ticks for the live zoom: the axis re-renders each frame; the items and the grid do not. */
function useLiveTicks(store: TransformStore, base: ScaleTime<number, number>, minSpacing: number) {
  const live = useStore(store, (s) => s.live);
  return useMemo(() => {
    const view = rescaleTime(base, live);
    return { live, ticks: timeTicks(view, minSpacing).ticks };
  }, [base, live, minSpacing]);
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
  const { live, ticks } = useLiveTicks(store, base, narrow ? 56 : 72);
  const latestX = latestReport === null ? null : applyX(live, base(latestReport));
  return (
    <svg
      className="timeline-axis axis"
      width={width}
      height={height}
      aria-hidden="true"
      style={{ background: palette.background }}
    >
      <g transform={`translate(${labelWidth},0)`}>
        {ticks.map((tick) =>
          tick.x >= 0 && tick.x < plotWidth - 38 ? (
            <g key={tick.time} transform={`translate(${tick.x},0)`}>
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
            </g>
          ) : null,
        )}
        {latestX !== null && latestX >= 0 && latestX <= plotWidth && (
          <text
            className="latest-report"
            y={12}
            x={latestX > plotWidth - 130 ? latestX - 4 : latestX + 4}
            textAnchor={latestX > plotWidth - 130 ? "end" : "start"}
            fill={palette.latest}
            fontSize={12}
            fontWeight={700}
          >
            latest report
          </text>
        )}
      </g>
      <g transform={`translate(${labelWidth + plotWidth},0)`}>
        <text x={12} y={18} fill={palette.text} fontSize={11} fontWeight={700}>
          Date not
        </text>
        <text x={12} y={32} fill={palette.text} fontSize={11} fontWeight={700}>
          announced
        </text>
      </g>
    </svg>
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
