import type { ZoomControls } from "./useZoom.ts";

const IDENTITY = { k: 1, x: 0 };

/** The zoom buttons above the chart: what the wheel, the drag and the keys do, for a pointer or a finger. */
export function ZoomTools({ zoom, plotWidth }: { readonly zoom: ZoomControls; readonly plotWidth: number }) {
  return (
    <div className="chart-tools" role="toolbar" aria-label="Zoom">
      <button type="button" onClick={() => zoom.zoomBy(1.5)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={() => zoom.zoomBy(1 / 1.5)} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button
        type="button"
        onClick={() => zoom.panBy(plotWidth / 4)}
        aria-label="Pan earlier"
        title="Earlier (Shift+←)"
      >
        ←
      </button>
      <button
        type="button"
        onClick={() => zoom.panBy(-plotWidth / 4)}
        aria-label="Pan later"
        title="Later (Shift+→)"
      >
        →
      </button>
      <button type="button" onClick={() => zoom.setTransform(IDENTITY)} title="Fit everything (0)">
        Fit
      </button>
    </div>
  );
}
