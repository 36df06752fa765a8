import type { QueryClient } from "@tanstack/react-query";
import { withEdtfGrammar } from "../dates/edtfGrammar.ts";
import { datasetQueryOptions } from "../model/datasetQueryOptions.ts";
import { openDatasetFilesSteps } from "../model/openDatasetFiles.ts";
import type { OpeningStep } from "../model/openingStep.ts";
import { paceSteps } from "../model/paceSteps.ts";
import { readLocalFiles } from "../model/readLocalFiles.ts";
import type { OpenedFile } from "./OpenDataset.tsx";

let opened = 0;

/**
 * Reads and checks files from this device as a dataset, and puts it in the query cache under a key of its
 * own. `onStep` hears how far a large file has got; aborting `signal` stops it, and nothing is opened. Loaded on first use, with the converter and the CSV parser: none of it is needed to draw the page.
 */
export async function openLocalDataset(
  files: readonly File[],
  queryClient: QueryClient,
  onStep: (step: OpeningStep) => void,
  signal: AbortSignal,
): Promise<OpenedFile> {
  // A file too large is refused by its size, unread.
  const read = await readLocalFiles(files);
  // A large file's decoding, just done in this task, took long already: its first step pauses.
  const decoded = files.some((file) => file.size > 1e6);
  // The EDTF grammar loads too when a date needs it. A large file pauses as it goes, saying how far it is.
  const result = await withEdtfGrammar(() => paceSteps(openDatasetFilesSteps(read), onStep, signal, decoded));
  opened += 1;
  const key = `local:${opened}:${result.name}`;
  const { queryKey } = datasetQueryOptions(key);
  // Only the newest file can be shown again (App holds it): an older one, not on the page, is let go.
  queryClient.removeQueries({
    queryKey: ["dataset"],
    predicate: (query) => String(query.queryKey[1]).startsWith("local:") && query.getObserversCount() === 0,
  });
  // Kept while the page is open, not dropped minutes after it was last shown: it cannot be fetched again,
  // and Back past its address then Forward shows it again.
  queryClient.setQueryDefaults(queryKey, { gcTime: Infinity });
  queryClient.setQueryData(queryKey, result.prepared);
  return {
    key,
    name: result.name,
    quotes: result.quotes,
    guessed: result.guessed,
    events: result.prepared.dataset.events.length,
    problems: result.problemCounts,
  };
}
