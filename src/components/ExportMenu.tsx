import { useState } from "react";
import type { TimelineItem } from "../model/timelineItems.ts";
import type { ShownScene } from "./exportView.ts";

interface ExportMenuProps {
  /** The chart's scene as shown, to save; null when no chart is shown. */
  readonly shownScene: () => ShownScene | null;
  readonly items: readonly TimelineItem[];
  readonly chartShown: boolean;
}

// Export code loads on the first click.
const exporting = () => Promise.all([import("./exportView.ts"), import("../model/itemsCsv.ts")]);

export function ExportMenu({ shownScene, items, chartShown }: ExportMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const run = (
    save: (modules: Awaited<ReturnType<typeof exporting>>, shown: ShownScene | null) => unknown,
  ) => {
    setError(null);
    exporting()
      .then(async (modules) => save(modules, shownScene()))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="export" role="group" aria-label="Export">
      <button
        type="button"
        disabled={!chartShown}
        onClick={() => run(([view], shown) => shown && view.downloadSvg(shown, "timeline.svg"))}
      >
        Save SVG
      </button>
      <button
        type="button"
        disabled={!chartShown}
        onClick={() => run(([view], shown) => shown && view.downloadPng(shown, "timeline.png"))}
      >
        Save PNG
      </button>
      <button
        type="button"
        onClick={() =>
          run(([view, csv]) =>
            view.downloadText(csv.itemsCsv(items), "timeline.csv", "text/csv;charset=utf-8"),
          )
        }
      >
        Save CSV
      </button>
      {error && <span role="alert">Export failed: {error}</span>}
    </div>
  );
}
