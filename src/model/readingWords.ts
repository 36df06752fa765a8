import { groupDigits } from "./groupDigits.ts";
import type { OpeningStep } from "./openingStep.ts";

/**
 * Files being read, in words, and how far a large one has got: "Reading timeline.csv (17 MB)…",
 * "Reading timeline.csv (17 MB): 40% of its 100,000 rows…", "Checking 100,000 events…".
 */
export function readingWords(
  files: readonly { readonly name: string; readonly size: number }[],
  step: OpeningStep | null = null,
): string {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const what = files.length === 1 ? (files[0]?.name ?? "") : `${files.length} files`;
  // Under a megabyte it is read before anyone could read this; the size says why the wait.
  const size = bytes >= 1e6 ? ` (${Math.round(bytes / 1e6)} MB)` : "";
  switch (step?.kind) {
    case "rows":
      // In tenths: the status is read out when it changes, and a count in every pause would chatter.
      return `Reading ${what}${size}: ${Math.floor((step.done / Math.max(step.total, 1)) * 10) * 10}% of its ${groupDigits(step.total)} rows…`;
    case "checking":
      return `Checking ${groupDigits(step.events)} events…`;
    case "drawing":
      return `Drawing ${groupDigits(step.events)} events…`;
    case undefined:
    case "split":
      return `Reading ${what}${size}…${bytes >= 5e6 ? ": a file this large takes a few seconds" : ""}`;
  }
}
