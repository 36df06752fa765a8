/**
 * How long the fuzzers run: a fixed seed and a bounded count in the normal unit run (CI), more with
 * `npm run fuzz -- --runs=100000 [--seed=N]`, which sets these through the environment.
 */
export function fuzzRuns(normal: number): { numRuns: number; seed: number } {
  const runs = Number(process.env["FUZZ_RUNS"] ?? NaN);
  const seed = Number(process.env["FUZZ_SEED"] ?? NaN);
  return { numRuns: Number.isFinite(runs) ? runs : normal, seed: Number.isFinite(seed) ? seed : 20161012 };
}
