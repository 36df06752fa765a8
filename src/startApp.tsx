import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { datasetQueryOptions } from "./model/datasetQueryOptions.ts";
import type { EarlyDataset } from "./earlyDataset.ts";

/** Renders the page; its query takes over the dataset download that main.tsx started. */
export function startApp(early: EarlyDataset | null): void {
  const queryClient = new QueryClient();
  if (early) {
    const options = datasetQueryOptions(early.url);
    const ready = early.ready();
    // A small dataset is often ready before the app: then the first render draws it, with no "Loading"
    // render, layout and paint before it. Otherwise the query waits for the download under way (this
    // first load only: "Try again" fetches afresh, with the options' own queryFn).
    if (ready) queryClient.setQueryData(options.queryKey, ready);
    else void queryClient.prefetchQuery({ ...options, queryFn: () => early.prepared });
  }
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
