import type { Dataset } from "../data/schema.ts";
import { SAVING, type SavingStep } from "./savingStep.ts";

/**
 * Stands for the events in the rest of the file's text, where they go: no other value can be written so,
 * since the schema refuses a control character (U+0000) in a dataset's text.
 */
const EVENTS_GO_HERE = "\u0000events";

/**
 * `JSON.stringify(dataset, null, 2)` as pieces of text, one event at a time with a step after each: the
 * whole at once, at 20k events with claims, was one call of 100 ms the page could not answer during. The
 * pieces, joined, are exactly that text.
 */
export function* datasetJsonSteps(dataset: Dataset): Generator<SavingStep, string[]> {
  const outline = JSON.stringify({ ...dataset, events: EVENTS_GO_HERE }, null, 2);
  const [before = "", after = ""] = outline.split(JSON.stringify(EVENTS_GO_HERE));
  if (dataset.events.length === 0) return [before, "[]", after];
  const pieces = [before, "[\n    "];
  for (const [i, event] of dataset.events.entries()) {
    // An event is two levels in (the top object, its events): its lines indented by 4 more. A newline
    // in JSON's text is only ever between tokens: one in a string is written as \n.
    if (i > 0) pieces.push(",\n    ");
    pieces.push(JSON.stringify(event, null, 2).replaceAll("\n", "\n    "));
    yield SAVING;
  }
  pieces.push("\n  ]", after);
  return pieces;
}
