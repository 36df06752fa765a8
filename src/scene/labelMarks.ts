import type { ChartPalette } from "../model/chartPalette.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import { LABEL_MAX_WIDTH, type ChartFrame } from "./chartFrame.ts";
import { LABEL_GAP, placeLabels } from "./placeLabels.ts";
import { LABEL_SIZE, type SceneMark } from "./scene.ts";
import { shortLabel } from "./shortLabel.ts";
import { textWidth } from "./textWidth.ts";

/**
 * The marks with their labels: on the plot, placed greedily per lane within the view (a label with no room
 * is dropped); on the shelf, beside the glyph, cut to the shelf's width. `shift` is where the view's left
 * edge is in the marks' coordinates (sceneMarks).
 */
export function labelMarks(
  marks: readonly SceneMark[],
  /** The items the marks were made from (sceneMarks): a label's words are looked up among these only. */
  items: readonly PlacedItem[],
  frame: ChartFrame,
  palette: ChartPalette,
  shift = 0,
): SceneMark[] {
  const itemOf = new Map(items.map((p) => [p.item.id, p.item]));
  const texts = new Map<string, string>();
  const text = (mark: SceneMark, maxWidth: number) => {
    const item = itemOf.get(mark.id);
    const t = item ? shortLabel(item.event, item.show.title, LABEL_SIZE, maxWidth) : "";
    texts.set(mark.id, t);
    return t;
  };
  const onPlot = marks.filter((m) => m.placement.at === "plot");
  const placed = placeLabels(
    onPlot.map((m) => ({
      id: m.id,
      lane: m.y,
      x0: m.x0,
      x1: m.x1,
      width: textWidth(text(m, LABEL_MAX_WIDTH), LABEL_SIZE),
    })),
    [shift, shift + frame.plotWidth],
  );
  return marks.map((m) => {
    let x: number | undefined;
    let t = texts.get(m.id) ?? "";
    if (m.placement.at === "plot") x = placed.get(m.id);
    else if (frame.shelfLabelWidth > 0) {
      x = m.x1 + LABEL_GAP;
      t = text(m, frame.shelfWidth - x - LABEL_GAP);
    }
    if (x === undefined || t === "") return m;
    return {
      ...m,
      label: { text: t, x, width: textWidth(t, LABEL_SIZE), fill: palette.text, halo: palette.background },
    };
  });
}
