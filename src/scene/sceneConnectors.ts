import { connectors, type Anchor } from "../layout/connectors.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import type { SceneConnector, SceneMark } from "./scene.ts";

/** Arrows between the drawn items on the plot that the articles put in order. */
export function sceneConnectors(
  drawn: readonly PlacedItem[],
  marks: readonly SceneMark[],
  palette: ChartPalette,
): SceneConnector[] {
  const anchors = new Map<string, Anchor>();
  for (const m of marks) {
    if (m.placement.at === "plot") anchors.set(m.id, { x0: m.anchor[0], x1: m.anchor[1], y: m.y });
  }
  return connectors(
    drawn.flatMap((p) =>
      (p.item.event.relations ?? []).map((r) => ({ from: p.item.id, to: r.event, type: r.type })),
    ),
    anchors,
  ).map((c) => ({ ...c, stroke: palette.connector }));
}
