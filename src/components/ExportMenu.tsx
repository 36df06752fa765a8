import { useState, type RefObject } from "react";
import type { TimelineItem } from "../model/timelineItems.ts";

interface ExportMenuProps {
  readonly frameRef: RefObject<HTMLDivElement | null>;
  readonly items: readonly TimelineItem[];
  readonly chartShown: boolean;
}

// Export code loads on the first click.
const exporting = () => Promise.all([import("./exportView.ts"), import("../model/itemsCsv.ts")]);

export function ExportMenu({ frameRef, items, chartShown }: ExportMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const run = (
    save: (modules: Awaited<ReturnType<typeof exporting>>, frame: HTMLDivElement | null) => unknown,
  ) => {
    setError(null);
    exporting()
      .then(async (modules) => save(modules, frameRef.current))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="export" role="group" aria-label="Export">
      <button
        type="button"
        disabled={!chartShown}
        onClick={() => run(([view], frame) => frame && view.downloadSvg(frame, "timeline.svg"))}
      >
        Save SVG
      </button>
      <button
        type="button"
        disabled={!chartShown}
        onClick={() => run(([view], frame) => frame && view.downloadPng(frame, "timeline.png"))}
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
