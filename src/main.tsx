import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { initialTheme } from "./components/useTheme.ts";
import "./styles.css";

// Colours come from [data-theme] alone; set it before the first paint.
document.documentElement.dataset["theme"] = initialTheme();
const queryClient = new QueryClient();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
