import { memo } from "react";
import type { SceneRow } from "../scene/scene.ts";

interface RowsLayerProps {
  readonly rows: readonly SceneRow[];
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** Where the shelf's dashed edge stands, px. */
  readonly shelfX: number;
  readonly edge: string;
}

/** Row stripes, titles, season labels and the shelf's edge, from the scene: drawn once, never zoomed. */
export const RowsLayer = memo(function RowsLayer({
  rows,
  width,
  height,
  background,
  shelfX,
  edge,
}: RowsLayerProps) {
  return (
    <svg className="timeline-rows" width={width} height={height} aria-hidden="true" style={{ background }}>
      {rows.map((row) => (
        <rect key={row.id} x={0} y={row.y} width={width} height={row.height} fill={row.fill} />
      ))}
      <line x1={shelfX + 4} x2={shelfX + 4} y1={0} y2={height} stroke={edge} strokeDasharray="2 3" />
      {rows.map((row) => (
        <g key={row.id}>
          <text
            x={row.title.x}
            y={row.title.y}
            fill={row.title.fill}
            fontSize={row.title.size}
            fontWeight={row.title.weight}
          >
            <tspan fill={row.swatch}>■ </tspan>
            {row.title.text}
          </text>
          {row.seasons.map((season) => (
            <text
              key={season.text}
              x={season.x}
              y={season.y}
              textAnchor={season.anchor}
              fill={season.fill}
              fontSize={season.size}
            >
              {season.text}
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
});
