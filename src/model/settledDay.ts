import type { Dataset } from "../data/schema.ts";
import { citationSurvey } from "./citationSurvey.ts";

/**
 * When the dataset stands as it is, with nothing else to draw, without reading a claim: when no citation
 * carries a claim or an outcome, every event's date is its own, so from the day its last page was
 * published (Infinity for an undated page) the as-of dataset is the dataset itself. Null when a citation
 * does carry one, cites an unknown source, or a relation points to no event (the as-of dataset would drop
 * it). The citations are read in citationSurvey()'s one pass.
 */
export function settledDay(dataset: Dataset): number | null {
  const { lastPlainDay, related } = citationSurvey(dataset);
  return lastPlainDay !== null && !(related && pointsNowhere(dataset)) ? lastPlainDay : null;
}

/** Whether a relation names an event the dataset does not have. */
function pointsNowhere(dataset: Dataset): boolean {
  const ids = new Set(dataset.events.map((e) => e.id));
  return dataset.events.some((e) => e.relations?.some((r) => !ids.has(r.event)) === true);
}
