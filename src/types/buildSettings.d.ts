// Constants a build may define (Vite `define`, see vite.config.ts); undefined in every other build.
declare const __MAX_DATASET_MB__: number | undefined;
