// First: starts the dataset's download before the modules below are evaluated.
import { earlyDataset } from "./earlyDataset.ts";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { initialTheme } from "./components/useTheme.ts";
import { datasetQueryOptions } from "./model/datasetQueryOptions.ts";
import "./styles.css";

// Colours come from [data-theme] alone; set it before the first paint.
document.documentElement.dataset["theme"] = initialTheme();
const queryClient = new QueryClient();
// The page's query takes over the download that started early, instead of starting one once it asks.
// (Only this first load: "Try again" fetches afresh, with the options' own queryFn.)
if (earlyDataset) {
  const { url, prepared } = earlyDataset;
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
