import { useQuery } from "@tanstack/react-query";
import { datasetQueryOptions } from "./datasetQueryOptions.ts";

export function useDataset(url: string) {
  return useQuery(datasetQueryOptions(url));
}
