import { Suspense, useState } from "react";
import { lazyView } from "../lazyView.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";

const LegendBody = lazyView(() => import("./LegendBody.tsx").then((m) => m.LegendBody));

/** Explains every mark the chart draws; its swatches load when it is first opened. */
export function Legend({ palette }: { readonly palette: ChartPalette }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="legend" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Legend: what the marks mean</summary>
      {open && (
        <ErrorBoundary name="the legend">
          <Suspense fallback={<p role="status">Loading the legend…</p>}>
            <LegendBody palette={palette} />
          </Suspense>
        </ErrorBoundary>
      )}
    </details>
  );
}
