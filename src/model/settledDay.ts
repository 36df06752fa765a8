import type { Dataset } from "../data/schema.ts";
import { citationSurvey } from "./citationSurvey.ts";

/**
 * When the dataset stands as it is, with nothing else to draw, without reading a claim: when no citation
 * carries a claim or an outcome, every event's date is its own, so from the day its last page was
 * published (Infinity for an undated page) the as-of dataset is the dataset itself. Null when a citation
 * does carry one, cites an unknown source, or a relation points to no event (the as-of dataset would drop
 * it). Read in the one pass of citationSurvey().
 */
export function settledDay(dataset: Dataset): number | null {
  return citationSurvey(dataset).settled;
}
