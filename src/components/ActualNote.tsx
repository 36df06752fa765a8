import type { Dataset } from "../data/schema.ts";
import { recordsOutcomes } from "../model/recordsOutcomes.ts";

/**
 * Why "Reported vs actual" draws nothing on this day: nothing reported had happened yet, or the dataset
 * records no outcome at all. Its own chunk: few readers see it, and the first draw need not carry it.
 */
export function ActualNote({ dataset }: { readonly dataset: Dataset }) {
  return recordsOutcomes(dataset)
    ? "Nothing reported had happened yet by this day: step on, or choose “How it turned out”."
    : "This dataset records no outcomes: there is nothing to draw beside what was reported.";
}
