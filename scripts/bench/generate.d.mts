// Types for generate.mjs, so that TypeScript tests can build the benchmark's datasets.
export function mulberry32(seed: number): () => number;
export function showCount(n: number): number;
export function generateDataset(
  n: number,
  seed?: number,
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
export function datasetJson(n: number, seed?: number): string;
