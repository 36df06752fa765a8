import type { ScaleTime } from "d3-scale";
import { useMemo } from "react";
import type { XTransform } from "../dates/zoomWindow.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { plotX, sceneConnectors, sceneMarks } from "../scene/buildScene.ts";
import type { ChartFrame } from "../scene/chartFrame.ts";
import { labelMarks } from "../scene/labelMarks.ts";
import type { SceneOverlay } from "../scene/overlayParts.ts";
import type { SceneConnector, SceneMark } from "../scene/scene.ts";
import type { DrawnItems } from "./useDrawnItems.ts";

export interface SceneMarks {
  readonly marks: readonly SceneMark[];
  readonly byRow: ReadonlyMap<number, readonly SceneMark[]>;
  readonly connectors: readonly SceneConnector[];
}

/**
 * The scene's marks for the drawn items, the ones in view labelled, and apart for the few extras: a hover
 * changes the extras only, so the items in view keep their marks, and their memoized elements stay put.
 */
export function useSceneMarks(options: {
  readonly items: DrawnItems;
  readonly placedById: ReadonlyMap<string, PlacedItem>;
  readonly base: ScaleTime<number, number>;
  readonly transform: XTransform;
  readonly frame: ChartFrame;
  readonly colors: ReadonlyMap<string, string>;
  readonly palette: ChartPalette;
  readonly overlay: SceneOverlay | undefined;
}): SceneMarks {
  const { items, placedById, base, transform, frame, colors, palette, overlay } = options;
  const { visible, extras, drawn } = items;
  const x = useMemo(() => plotX(base, transform), [base, transform]);
  const visibleMarks = useMemo(
    () =>
      labelMarks(
        sceneMarks(visible, x, frame, colors, palette, overlay),
        (id) => placedById.get(id)?.item,
        frame,
        palette,
      ),
    [visible, x, frame, colors, palette, placedById, overlay],
  );
  const extraMarks = useMemo(
    () => sceneMarks(extras, x, frame, colors, palette, overlay),
    [extras, x, frame, colors, palette, overlay],
  );
  const marks = useMemo(() => [...visibleMarks, ...extraMarks], [visibleMarks, extraMarks]);
  const byRow = useMemo(() => {
    const rows = new Map<number, SceneMark[]>();
    for (const m of marks) {
      const list = rows.get(m.row);
      if (list) list.push(m);
      else rows.set(m.row, [m]);
    }
    return rows;
  }, [marks]);
  const connectors = useMemo(() => sceneConnectors(drawn, marks, palette), [drawn, marks, palette]);
  return { marks, byRow, connectors };
}
