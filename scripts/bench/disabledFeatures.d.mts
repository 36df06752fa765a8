// Types for disabledFeatures.mjs, so that TypeScript tests can import it.
export function disabledFeatures(
  argv: readonly string[],
  more: readonly string[],
): { theirs: string | null; merged: string };
