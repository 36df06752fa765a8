// Runs the fuzzers longer than the unit run does: `npm run fuzz -- --runs=100000 [--seed=N]`.
// The unit run (CI) uses a fixed seed and a bounded count; this passes other ones through the environment.
import { spawnSync } from "node:child_process";

const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const runs = option("runs") ?? "100000";
const seed = option("seed") ?? String(Date.now() % 2 ** 31);
console.log(`fuzzing with ${runs} runs per property, seed ${seed} (repeat with --seed=${seed})`);
const result = spawnSync("npx", ["vitest", "run", "tests/unit/fuzz"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);
