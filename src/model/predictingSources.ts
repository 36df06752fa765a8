import type { Dataset } from "../data/schema.ts";

const memo = new WeakMap<Dataset, ReadonlySet<string>>();

/**
 * The ids of the sources that make a prediction (cited other than as an outcome). One pass over every
 * citation, remembered per dataset: the latest-report line and the as-of days both need it before the
 * first draw.
 */
export function predictingSources(dataset: Dataset): ReadonlySet<string> {
  let found = memo.get(dataset);
  if (found === undefined) {
    const predicting = new Set<string>();
    for (const event of dataset.events) {
      for (const citation of event.citations) if (citation.outcome !== true) predicting.add(citation.source);
    }
    memo.set(dataset, (found = predicting));
  }
  return found;
}
