import { useStore } from "zustand";
import { zoomLimits, type ZoomLimits } from "../layout/zoomLimits.ts";
import type { TransformStore } from "./transformStore.ts";
import type { ZoomControls } from "./useZoom.ts";

interface ZoomToolsProps {
  readonly zoom: ZoomControls;
  readonly store: TransformStore;
  readonly plotWidth: number;
  /** The deepest zoom (useZoom's bound). */
  readonly maxK: number;
  /** Whether the URL keeps a window (Fit forgets it, even when it shows all there is). */
  readonly kept: boolean;
  readonly fit: () => void;
}

/**
 * The zoom buttons above the chart: what the wheel, the drag and the keys do, for a pointer or a finger. A
 * button that would do nothing at the view's bound says so (`aria-disabled`): it keeps its focus, since a
 * press of + up to the deepest zoom must not drop the reader's place to the page.
 */
export function ZoomTools({ zoom, store, plotWidth, maxK, kept, fit }: ZoomToolsProps) {
  // Of the drawn zoom (the live one's, once a gesture settles): no render as a wheel gesture starts, only
  // as the chart's own redraw comes. A string, so that only a limit reached or left re-renders the buttons.
  const key = useStore(store, (s) => limitsKey(zoomLimits(s.drawn, maxK, plotWidth)));
  const can = (i: number) => key[i] === "1";
  const button = (enabled: boolean, label: string, title: string, text: string, act: () => void) => (
    <button
      type="button"
      aria-label={label}
      title={title}
      aria-disabled={enabled ? undefined : true}
      onClick={() => {
        if (enabled) act();
      }}
    >
      {text}
    </button>
  );
  return (
    // A group, not a toolbar: each button is a tab stop, where a toolbar promises arrow keys between them.
    <div className="chart-tools" role="group" aria-label="Zoom">
      {button(can(0), "Zoom in", "Zoom in (+)", "+", () => zoom.zoomBy(1.5))}
      {button(can(1), "Zoom out", "Zoom out (−)", "−", () => zoom.zoomBy(1 / 1.5))}
      {button(can(2), "Pan earlier", "Earlier (Shift+←)", "←", () => zoom.panBy(plotWidth / 4))}
      {button(can(3), "Pan later", "Later (Shift+→)", "→", () => zoom.panBy(-plotWidth / 4))}
      {button(kept || can(1) || can(2) || can(3), "Fit", "Fit everything (0)", "Fit", fit)}
    </div>
  );
}

const limitsKey = (l: ZoomLimits) =>
  [l.zoomIn, l.zoomOut, l.earlier, l.later].map((on) => (on ? "1" : "0")).join("");
