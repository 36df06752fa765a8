import { distance } from "fastest-levenshtein";

/** The known id a mistyped one was probably meant to be: at most two edits away, or null. */
export function nearestId(typed: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const id of known) {
    const d = distance(typed.toLowerCase(), id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}
