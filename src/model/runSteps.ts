/**
 * Runs work written as steps (a generator that yields where the page could paint) to its end at once: for
 * scripts, tests and small files, which have no page to keep answering. The page paces it (paceSteps).
 */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
