// What TanStack Query's Query gets instead of infiniteQueryBehavior, in the build only (vite.config.ts,
// STAND_INS; unit tests run the real one): this app has no paged (infinite) queries. One asked for
// fails loudly, naming this file.

/** The paged queries' fetch behaviour: none in this build. */
export function infiniteQueryBehavior(): never {
  throw new Error("no infinite queries in this build (noInfiniteQueries.ts)");
}
