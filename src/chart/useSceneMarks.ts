import type { ScaleTime } from "d3-scale";
import { useMemo, useState } from "react";
import type { XTransform } from "../dates/zoomWindow.ts";
import { layerOrigin } from "../layout/overscan.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { plotX } from "../scene/plotX.ts";
import { sceneConnectors } from "../scene/sceneConnectors.ts";
import { sceneMarks } from "../scene/sceneMarks.ts";
import type { ChartFrame } from "../scene/chartFrame.ts";
import { labelMarks } from "../scene/labelMarks.ts";
import { markReuser } from "../scene/markReuser.ts";
import type { SceneOverlay } from "../scene/overlayParts.ts";
import type { SceneConnector, SceneMark } from "../scene/scene.ts";
import type { DrawnItems } from "./useDrawnItems.ts";

export interface SceneMarks {
  readonly marks: readonly SceneMark[];
  readonly byRow: ReadonlyMap<number, readonly SceneMark[]>;
  readonly connectors: readonly SceneConnector[];
  /**
   * How far the marks' coordinates are from the screen's, px: they are placed for the drawn zoom with its
   * pan rounded (layerOrigin), and the layer holding them is moved back by this much.
   */
  readonly shift: number;
}

/**
 * The scene's marks for the drawn items, the ones in view labelled, and apart for the few extras: a hover
 * changes the extras only, so the items in view keep their marks, and their memoized elements stay put. A
 * mark that draws as it did keeps its object (markReuser), so after a pan only the items that changed
 * render again.
 */
export function useSceneMarks(options: {
  readonly items: DrawnItems;
  readonly base: ScaleTime<number, number>;
  readonly transform: XTransform;
  readonly frame: ChartFrame;
  readonly colors: ReadonlyMap<string, string>;
  readonly palette: ChartPalette;
  readonly overlay: SceneOverlay | undefined;
}): SceneMarks {
  const { items, base, transform, frame, colors, palette, overlay } = options;
  const { visible, extras, drawn } = items;
  const { k } = transform;
  const origin = layerOrigin(transform).x;
  const shift = origin - transform.x;
  const x = useMemo(() => plotX(base, { k, x: origin }), [base, k, origin]);
  const visibleMarks = useMemo(
    () =>
      labelMarks(
        sceneMarks(visible, x, frame, colors, palette, overlay, shift),
        visible,
        frame,
        palette,
        shift,
      ),
    [visible, x, frame, colors, palette, overlay, shift],
  );
  const extraMarks = useMemo(
    () => sceneMarks(extras, x, frame, colors, palette, overlay, shift),
    [extras, x, frame, colors, palette, overlay, shift],
  );
  const [reuse] = useState(markReuser);
  const marks = useMemo(() => reuse([...visibleMarks, ...extraMarks]), [reuse, visibleMarks, extraMarks]);
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
  return { marks, byRow, connectors, shift };
}
