import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot, type Root } from "./reactDomClient.ts";
import { App } from "./components/App.tsx";
import { CANVAS_THRESHOLD } from "./chart/markRenderer.ts";
import { loadMarksCanvas } from "./chart/useMarksCanvas.ts";
import { datasetQueryOptions } from "./model/datasetQueryOptions.ts";
import type { EarlyDataset } from "./earlyDataset.ts";

/**
 * How long the page's first render waits for a dataset on its way, ms. One that is ready sooner is drawn by
 * the first render, with no "Loading" render, commit and re-render ahead of it; a slower one shows
 * "Loading…" after this long, and is drawn when it comes.
 */
export const DATASET_WAIT_MS = 250;

/**
 * A dataset file over this many bytes starts loading the canvas renderer before it is even prepared. About
 * 6,000 events as the benchmark writes them (200 bytes each), past CANVAS_THRESHOLD; real events, with
 * their quotes, are larger, so a smaller file never fetches it for nothing.
 */
export const CANVAS_LIKELY_BYTES = 1_200_000;

/**
 * Renders the page; its query takes over the dataset download that main.tsx started. Returns what takes
 * the page down again (for tests).
 */
export function startApp(early: EarlyDataset | null): () => void {
  const queryClient = new QueryClient();
  const element = document.getElementById("root");
  if (!element) throw new Error("index.html has no #root element");
  let root: Root | null = null;
  let stopped = false;
  let timer: number | undefined;
  const stop = () => {
    stopped = true;
    window.clearTimeout(timer);
    root?.unmount();
  };
  const render = () => {
    if (root || stopped) return;
    root = createRoot(element);
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    );
  };
  if (!early) {
    render();
    return stop;
  }
  // A dataset on its way gets DATASET_WAIT_MS to arrive before the page renders without it. One that is
  // ready by then (a large one is often prepared just as the time runs out) is drawn as soon as the canvas
  // renderer it may need has loaded, which gets as long again.
  let waited = false;
  const wait = () => {
    if (early.ready() && !waited) {
      waited = true;
      timer = window.setTimeout(wait, DATASET_WAIT_MS);
    } else render();
  };
  timer = window.setTimeout(wait, DATASET_WAIT_MS);

  // A file this large most likely holds more items than the SVG path draws: its canvas renderer downloads
  // as soon as its size is known, while the data is prepared, instead of after (a wrong guess costs one 2 KB
  // chunk). The size may be known only after this runs: a busy server answers the app's scripts first.
  void early.declared.then((bytes) => {
    if (bytes > CANVAS_LIKELY_BYTES) void loadMarksCanvas().catch(() => undefined);
  });
  const options = datasetQueryOptions(early.url);
  const ready = early.ready();
  // The query waits for the download under way (this first load only: "Try again" fetches afresh, with
  // the options' own queryFn). prefetchQuery never rejects: a failure is the query's, and the page's to say.
  if (ready) queryClient.setQueryData(options.queryKey, ready);
  const settled = ready
    ? Promise.resolve()
    : queryClient.prefetchQuery({ ...options, queryFn: () => early.prepared });
  void settled
    .then(() => {
      // A chart this large paints its marks on a canvas: its renderer's chunk is fetched now, so that the
      // chart's first commit paints them (if it cannot load, the chart draws SVG).
      const count = queryClient.getQueryData(options.queryKey)?.items.length ?? 0;
      return count > CANVAS_THRESHOLD ? loadMarksCanvas().catch(() => undefined) : undefined;
    })
    .then(() => {
      window.clearTimeout(timer);
      render();
    });
  return stop;
}
