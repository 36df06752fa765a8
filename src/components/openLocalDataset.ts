import type { QueryClient } from "@tanstack/react-query";
import { loadEdtfGrammar, withEdtfGrammar } from "../dates/edtfGrammar.ts";
import { datasetQueryOptions } from "../model/datasetQueryOptions.ts";
import { openDatasetFilesSteps } from "../model/openDatasetFiles.ts";
import { firstViewLoaded } from "../model/prepareDataset.ts";
import type { OpeningStep } from "../model/openingStep.ts";
import { paceSteps } from "../model/paceSteps.ts";
import { readLocalFiles } from "../model/readLocalFiles.ts";
import type { OpenedFile } from "./OpenDataset.tsx";

let opened = 0;

/**
 * Reads and checks files from this device as a dataset, and puts it in the query cache under a key of its
 * own. `onStep` hears how far a large file has got; aborting `signal` stops it, and nothing is opened.
 * Loaded on first use, with the converter and the CSV parser: none of it is needed to draw the page.
 */
export async function openLocalDataset(
  files: readonly File[],
  queryClient: QueryClient,
  onStep: (step: OpeningStep) => void,
  signal: AbortSignal,
): Promise<OpenedFile> {
  const large = files.some((file) => file.size > 1e6);
  // The date grammar a large file may need is fetched while it is read, rather than found missing at the
  // check and the whole read done again (withEdtfGrammar). A failed fetch is tried again if a date needs it.
  if (large) loadEdtfGrammar().catch(() => {});
  // A file too large is refused by its size, unread.
  const read = await readLocalFiles(files);
  // A large file pauses as it goes, saying how far it is; its decoding, just done in this task, took long
  // already, so its first step pauses.
  const result = await withEdtfGrammar(() => paceSteps(openDatasetFilesSteps(read), onStep, signal, large));
  await firstViewLoaded(result.prepared);
  opened += 1;
  const key = `local:${opened}:${result.name}`;
  const { queryKey } = datasetQueryOptions(key);
  // Kept while the page is open, not dropped minutes after it was last shown: it cannot be fetched again,
  // and Back past its address then Forward shows it again. App lets the oldest go (heldFiles).
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
