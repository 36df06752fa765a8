import type { Dataset } from "../data/schema.ts";
import { citationSurvey } from "./citationSurvey.ts";

/**
 * The newest day (ISO) a source that makes a prediction was published: the "latest report" line, and the
 * as-of view's default day. Pages that only report outcomes don't count; null for no dated prediction.
 */
export function newestReport(dataset: Dataset): string | null {
  const { predicting } = citationSurvey(dataset);
  let newest: string | null = null;
  for (const { id, published } of dataset.sources) {
    if (published !== null && predicting.has(id) && (newest === null || published > newest))
      newest = published;
  }
  return newest;
}
