import type { Dataset } from "../data/schema.ts";

/**
 * The title of what is saved from the timeline: the dataset's, and, when only some of its events are
 * saved, "(a selection: N of M events)". One wording for the JSON's and CSV's title and the SVG's and PNG's
 * caption.
 */
export function selectionTitle(dataset: Pick<Dataset, "title" | "events">, saved: number): string {
  const title = dataset.title ?? "Timeline";
  return saved === dataset.events.length
    ? title
    : `${title} (a selection: ${saved} of ${dataset.events.length} events)`;
}
