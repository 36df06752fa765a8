import { queryOptions } from "@tanstack/react-query";
import { fetchDataset } from "./fetchDataset.ts";

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ["dataset", url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A bundled dataset does not change while the page is open.
    staleTime: Infinity,
    // An invalid dataset stays invalid, and a failed fetch gets a visible "Try again" instead.
    retry: false,
    // Nor is it fetched again when a page mounts after the early download (main.tsx) failed.
    retryOnMount: false,
  });
}
