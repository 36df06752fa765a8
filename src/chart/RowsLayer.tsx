import { memo, type CSSProperties } from "react";
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

/** A title's face: the row's fill is a variable, which styles.css paints only where the face needs it. */
function titleStyle(row: SceneRow): CSSProperties & { readonly "--row-fill": string } {
  return {
    // The scene's baseline, 15 px below the row's top at 14 px (sceneRows): the line box's top.
    paddingTop: row.title.y - row.y - row.title.size,
    paddingLeft: row.title.x,
    color: row.title.fill,
    fontSize: row.title.size,
    fontWeight: row.title.weight,
    "--row-fill": row.fill,
  };
}

/**
 * Row stripes, titles, season labels and the shelf's edge, from the scene: drawn once, never zoomed. Each
 * title sticks to the top of the rows in view while its row is in view (CSS `position: sticky` within the
 * row's box): a row scrolled partly out of view still names its show, and the next one pushes it away. A
 * stuck title lies over the marks of the lanes that scroll under it (styles.css, .row-title).
 */
export const RowsLayer = memo(function RowsLayer({
  rows,
  width,
  height,
  background,
  shelfX,
  edge,
}: RowsLayerProps) {
  return (
    <>
      <svg className="timeline-rows" width={width} height={height} aria-hidden="true" style={{ background }}>
        {rows.map((row) => (
          <rect key={row.id} x={0} y={row.y} width={width} height={row.height} fill={row.fill} />
        ))}
        <line x1={shelfX + 4} x2={shelfX + 4} y1={0} y2={height} stroke={edge} strokeDasharray="2 3" />
        {rows.map((row) =>
          row.seasons.map((season) => (
            <text
              key={`${row.id} ${season.text}`}
              x={season.x}
              y={season.y}
              textAnchor={season.anchor}
              fill={season.fill}
              fontSize={season.size}
            >
              {season.text}
            </text>
          )),
        )}
      </svg>
      {rows.map((row) => (
        <div
          key={row.id}
          className="row-title-track"
          style={{ top: row.y, height: row.height }}
          aria-hidden="true"
        >
          <div className="row-title">
            <div className="row-title-face" style={titleStyle(row)}>
              <span style={{ color: row.swatch }}>■ </span>
              {row.title.text}
            </div>
          </div>
        </div>
      ))}
    </>
  );
});
