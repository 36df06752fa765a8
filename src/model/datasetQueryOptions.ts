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
    // Nor is it fetched again when a view mounts (the early download in main.tsx, another route, an error
    // boundary's reset): a failed load stays failed until someone presses "Try again".
    retryOnMount: false,
  });
}
