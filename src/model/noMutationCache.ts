// What TanStack Query's QueryClient gets instead of its MutationCache, in the build only (vite.config.ts,
// STAND_INS; unit tests run the real one). This app fetches and never mutates: the real cache, with
// Mutation and its retryer, is about 2 KB gzip of the first draw's script that nothing calls. A mutation
// asked for fails loudly, naming this file.

function noMutations(): never {
  throw new Error("no mutations in this build (noMutationCache.ts)");
}

/** The part of MutationCache that QueryClient calls; with no mutation ever built, every list is empty. */
export class MutationCache {
  findAll(): readonly never[] {
    return [];
  }
  getAll(): readonly never[] {
    return [];
  }
  clear(): void {}
  resumePausedMutations(): Promise<unknown> {
    return Promise.resolve();
  }
  build(): never {
    return noMutations();
  }
  subscribe(): () => void {
    return () => {};
  }
}
