// What TanStack Query's Query gets instead of infiniteQueryBehavior, in the build only (vite.config.ts,
// STAND_INS; unit tests run the real one): this app has no paged (infinite) queries. One asked for
// fails loudly, naming this file.

/** The paged queries' fetch behaviour: none in this build. */
export function infiniteQueryBehavior(): never {
  throw new Error("this build has no infinite queries (src/model/noInfiniteQueries.ts)");
}
