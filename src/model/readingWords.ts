import { counted } from "./counted.ts";
import { groupDigits } from "./groupDigits.ts";
import type { OpeningStep } from "./openingStep.ts";

/**
 * Files being read, in words, and how far a large one has got: "Reading timeline.csv (17 MB)…",
 * "Reading timeline.csv (17 MB): 50% of the sheet's 100,000 rows…", "Checking 100,000 events…".
 */
export function readingWords(
  files: readonly { readonly name: string; readonly size: number }[],
  step: OpeningStep | null = null,
): string {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const what = files.length === 1 ? (files[0]?.name ?? "") : `${files.length} files`;
  // Under a megabyte it is read before anyone could read this; the size says why the wait.
  // In MB of 2^20 bytes, as the size cap says it (fetchDataset): "42 MB" of a file under "40 MB" confused.
  const size = bytes >= 1e6 ? ` (${Math.round(bytes / 2 ** 20)} MB)` : "";
  switch (step?.kind) {
    case "rows": {
      // In quarters: the status is read out when it changes, and a count in every pause would chatter.
      const done = Math.floor((step.done / Math.max(step.total, 1)) * 4) * 25;
      const rows = `the sheet's ${groupDigits(step.total)} rows`;
      return `Reading ${what}${size}: ${done === 0 ? rows : `${done}% of ${rows}`}…`;
    }
    case "checking":
      return `Checking ${counted(step.events, "event")}…`;
    case "preparing":
      return `Preparing the chart of ${counted(step.events, "event")}…`;
    case undefined:
    case "split":
      return `Reading ${what}${size}…${bytes >= 5e6 ? ": a file this large takes a few seconds" : ""}`;
  }
}
