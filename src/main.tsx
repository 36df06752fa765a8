import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { initialTheme } from "./components/useTheme.ts";
import { datasetQueryOptions } from "./model/datasetQueryOptions.ts";
import { datasetUrl } from "./data/datasetUrl.ts";
import "./styles.css";

// Colours come from [data-theme] alone; set it before the first paint.
document.documentElement.dataset["theme"] = initialTheme();
const queryClient = new QueryClient();
// The download starts now, while React renders the page, instead of once the page asks for it.
const dataset = datasetUrl(new URLSearchParams(window.location.search).get("data"), window.location.href);
if (dataset.error === undefined) void queryClient.prefetchQuery(datasetQueryOptions(dataset.url));
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
