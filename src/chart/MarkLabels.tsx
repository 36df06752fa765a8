import { memo } from "react";
import type { MarkPlacement, SceneMark } from "../scene/scene.ts";

/** A label's baseline below its mark's centre line, px (sceneSvg draws it the same). */
const LABEL_BASELINE = 4;

/**
 * The items' labels, drawn from the same scene marks as the items but apart from them: on the plot in a
 * layer of their own (TimelineChart), so that hiding them for a zoom gesture and showing them after it
 * repaints only the words, not every mark. Each item's name already says what its label says, and its hit
 * area spans the label: the layer is for the eye, and lets the pointer through to the items.
 */
export const MarkLabels = memo(function MarkLabels(props: {
  readonly at: MarkPlacement["at"];
  readonly byRow: ReadonlyMap<number, readonly SceneMark[]>;
}) {
  const { at, byRow } = props;
  const labels = [];
  for (const marks of byRow.values())
    for (const mark of marks)
      if (mark.placement.at === at && mark.label)
        labels.push(
          <text
            key={mark.id}
            className="mark-label"
            data-label-of={mark.id}
            x={mark.label.x}
            y={LABEL_BASELINE}
            // Where its item is, by the same CSS transform: it glides with it on an as-of step.
            style={{ transform: `translate(0,${mark.y}px)` }}
            fill={mark.label.fill}
            stroke={mark.label.halo}
          >
            {mark.label.text}
          </text>,
        );
  return (
    <g className="mark-labels" aria-hidden="true">
      {labels}
    </g>
  );
});
