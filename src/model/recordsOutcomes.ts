import type { Dataset } from "../data/schema.ts";

const memo = new WeakMap<Dataset, boolean>();

/** Whether any citation of the dataset reports what happened (an outcome). Remembered per dataset. */
export function recordsOutcomes(dataset: Dataset): boolean {
  let found = memo.get(dataset);
  if (found === undefined) {
    found = dataset.events.some((event) => event.citations.some((c) => c.outcome === true));
    memo.set(dataset, found);
  }
  return found;
}
