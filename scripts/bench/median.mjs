/**
 * The median of the finite numbers in `values` (anything else is left out), or null when there are none.
 * An even count gives the mean of the two middle values. One definition for every script of the bench:
 * before session 36, loads.mjs and keys.mjs took the upper of the two middle values instead.
 */
export function median(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
