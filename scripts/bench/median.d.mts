// Types for median.mjs, so that TypeScript tests can import it.
export function median(values: readonly unknown[]): number | null;
