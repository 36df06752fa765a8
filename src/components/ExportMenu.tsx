import { useState, type RefObject } from "react";
import { itemsCsv } from "../data/itemsCsv.ts";
import type { TimelineItem } from "../timeline/timelineItems.ts";
import { downloadPng, downloadSvg, downloadText } from "./exportView.ts";

interface ExportMenuProps {
  readonly frameRef: RefObject<HTMLDivElement | null>;
  readonly items: readonly TimelineItem[];
  readonly chartShown: boolean;
}

export function ExportMenu({ frameRef, items, chartShown }: ExportMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const svg = () => frameRef.current;
  return (
    <div className="export" role="group" aria-label="Export">
      <button
        type="button"
        disabled={!chartShown}
        onClick={() => {
          const element = svg();
          if (element) downloadSvg(element, "timeline.svg");
        }}
      >
        Save SVG
      </button>
      <button
        type="button"
        disabled={!chartShown}
        onClick={() => {
          const element = svg();
          if (element) downloadPng(element, "timeline.png").catch((e: Error) => setError(e.message));
        }}
      >
        Save PNG
      </button>
      <button
        type="button"
        onClick={() => downloadText(itemsCsv(items), "timeline.csv", "text/csv;charset=utf-8")}
      >
        Save CSV
      </button>
      {error && <span role="alert">Export failed: {error}</span>}
    </div>
  );
}
