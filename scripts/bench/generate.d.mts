// Types for generate.mjs, so that TypeScript tests can build the benchmark's datasets.
export function mulberry32(seed: number): () => number;
export function showCount(n: number): number;
export function rowCount(n: number, rowsPer: number): number;
/** rowsPer: "sqrt" (about sqrt(n)/8 shows, the default) or one show row per that many events. */
export function generateDataset(
  n: number,
  seed?: number,
  rowsPer?: "sqrt" | number,
): {
  title: string;
  shows: { id: string; title: string; color: string }[];
  sources: {
    id: string;
    title: string;
    publisher: string;
    author: string | null;
    published: string;
    url: string;
  }[];
  events: { id: string; show: string; kind: string; label: string; start?: string; end?: string }[];
};
export function datasetJson(n: number, seed?: number, rowsPer?: "sqrt" | number): string;
/** The as-of case's dataset: the `sqrt` shape where about 30 % of events also cite an earlier year claim. */
export function claimsDatasetJson(n: number, seed?: number): string;
export function junkJson(kind: "zeros" | "objects", count: number): string;
