import { memo, useLayoutEffect, type FocusEvent, type KeyboardEvent } from "react";
import type { RowBox } from "../layout/rowLayout.ts";
import type { MarkPlacement, SceneMark } from "../scene/scene.ts";
import { ChartItem } from "./ChartItem.tsx";
import { markFirstDraw } from "./firstDraw.ts";

/** What every item of a layer shares: stable handlers, and which item is selected, the tab stop, shown. */
export interface MarkHandlers {
  readonly prefix: string;
  readonly focusColor: string;
  readonly selectedId: string | null;
  readonly tabStop: string | null;
  readonly shownId: string | null;
  /** False where a canvas paints the plotted marks: their elements stay, unpainted, for focus and pointer. */
  readonly painted: boolean;
  readonly tooltipId: string;
  readonly register: (id: string, element: SVGGElement | null) => void;
  readonly onActivate: (id: string) => void;
  readonly onZoomTo: (id: string) => void;
  readonly onHover: (id: string | null) => void;
  readonly onFocusItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onBlurItem: (event: FocusEvent<SVGGElement>) => void;
  readonly onKey: (event: KeyboardEvent<SVGGElement>) => void;
}

let firstDraw = false;

/**
 * The items of one layer (the plot or the shelf), grouped by row: on the plot each row is a named group
 * that also owns its shelf items, so that a screen reader meets a show's items together.
 */
export const MarksLayer = memo(function MarksLayer(props: {
  readonly at: MarkPlacement["at"];
  readonly rows: readonly RowBox[];
  /**
   * The rows to draw, [from, to): all of them in a small chart; in a large one the band in view, since an
   * empty row is still elements (and ones with items drawn anyway, such as the focused one, are added).
   */
  readonly shown: readonly [number, number];
  readonly byRow: ReadonlyMap<number, readonly SceneMark[]>;
  readonly handlers: MarkHandlers;
}) {
  const { at, rows, byRow, handlers: h } = props;
  const shelfId = (row: number) => `${h.prefix}-shelf-${row}`;
  // The benchmark's "items drawn" moment: set once, when painted items first reach the page (where a
  // canvas paints the marks, it sets it when it first paints them).
  const paints = h.painted;
  useLayoutEffect(() => {
    if (!firstDraw && paints && at === "plot" && byRow.size > 0) {
      firstDraw = true;
      markFirstDraw();
    }
  }, [at, byRow, paints]);
  const prefix = at === "shelf" ? `${h.prefix}-shelf` : h.prefix;
  const items = (row: number) =>
    (byRow.get(row) ?? []).map((mark) =>
      mark.placement.at === at ? (
        <ChartItem
          key={mark.id}
          mark={mark}
          prefix={prefix}
          focusColor={h.focusColor}
          selected={mark.id === h.selectedId}
          tabbable={mark.id === h.tabStop}
          describedBy={mark.id === h.shownId ? h.tooltipId : undefined}
          // The shelf is always SVG: it does not move with the zoom.
          painted={at === "shelf" || h.painted}
          register={h.register}
          onActivate={h.onActivate}
          // On the shelf there is no time to zoom to: a double-click opens the item.
          onZoomTo={at === "shelf" ? h.onActivate : h.onZoomTo}
          onHover={h.onHover}
          onFocusItem={h.onFocusItem}
          onBlurItem={h.onBlurItem}
          onKey={h.onKey}
        />
      ) : null,
    );
  const [from, to] = props.shown;
  const indices = Array.from({ length: Math.max(0, to - from) }, (_, j) => from + j);
  for (const row of byRow.keys()) if (row < from || row >= to) indices.push(row);
  if (indices.length > to - from) indices.sort((a, b) => a - b);
  return indices.map((i) => {
    const row = rows[i];
    if (!row) return null;
    return at === "plot" ? (
      <g
        key={row.show.id}
        role="group"
        aria-label={`${row.show.title}, ${row.count === 1 ? "1 event" : `${row.count} events`}`}
        // The row's undated items sit on the shelf, drawn apart from the moving plot; they are still the row's.
        aria-owns={shelfId(i)}
      >
        {items(i)}
      </g>
    ) : (
      <g key={row.show.id} id={shelfId(i)}>
        {items(i)}
      </g>
    );
  });
});
