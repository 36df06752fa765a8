import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { datasetQueryOptions } from "./model/datasetQueryOptions.ts";
import type { EarlyDataset } from "./earlyDataset.ts";

/** Renders the page; its query takes over the dataset download that main.tsx started. */
export function startApp(early: EarlyDataset | null): void {
  const queryClient = new QueryClient();
  // Only this first load: "Try again" fetches afresh, with the options' own queryFn.
  if (early) {
    const { url, prepared } = early;
    void queryClient.prefetchQuery({ ...datasetQueryOptions(url), queryFn: () => prepared });
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
