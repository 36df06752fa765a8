/** The build's chunk names by file ("assets/c0VuoHr.js" → "outcomeWords"), from `dist`'s manifest. */
export function chunkNames(dist?: string): Map<string, string>;
/** A pattern matching the URL of the chunk named `name` in the build in `dist` (throws when there is none). */
export function chunkUrl(name: string, dist?: string): RegExp;
