// What profileStep.mjs and loadTrace.mjs share: a CPU profile's samples summed by function, self and total
// (a function counted once per sample however deep it recurses), and printed as a table.

/** A profile node's function, named and placed: `name file:line`. */
const where = ({ callFrame: { functionName, url, lineNumber } }) =>
  `${functionName || "(anonymous)"} ${(url ?? "").split("/").pop() || ""}:${(lineNumber ?? 0) + 1}`;

/** Functions by self and total time (ms), summed over every profile given to `add`. */
export function sampleTally() {
  const self = new Map();
  const total = new Map();
  const bump = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  return {
    self,
    total,
    /**
     * Adds a profile's samples: `nodes` with `children` (the DevTools Profiler's) or `parent` (a trace's
     * ProfileChunk), `timeDeltas` in µs from `startTime`. `keep(t, node)` says whether the sample at `t` (µs)
     * counts. Returns the ms counted.
     */
    add({ nodes, samples, timeDeltas, startTime = 0 }, keep) {
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of nodes) {
        if (n.parent !== undefined) parent.set(n.id, n.parent);
        for (const c of n.children ?? []) parent.set(c, n.id);
      }
      let t = startTime;
      let counted = 0;
      samples.forEach((id, i) => {
        t += timeDeltas[i] ?? 0;
        const node = byId.get(id);
        if (!node || !keep(t, node)) return;
        // A sample's time is the gap to the next one (Chrome's own reading of timeDeltas).
        const ms = (timeDeltas[i + 1] ?? 0) / 1000;
        counted += ms;
        bump(self, where(node), ms);
        const seen = new Set();
        for (let n = id; n !== undefined; n = parent.get(n)) {
          const key = where(byId.get(n));
          if (!seen.has(key)) bump(total, key, ms);
          seen.add(key);
        }
      });
      return counted;
    },
  };
}

/** Prints a tally's map under `title`: its `top` functions, each ms divided by `rounds`. */
export function printTally(title, map, { rounds, top }) {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(ms / rounds).toFixed(1).padStart(8)} ms  ${key}`);
}
