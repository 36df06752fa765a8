import { RELATION_LABELS } from "../data/labels.ts";
import type { Dataset } from "../data/schema.ts";
import { eventWords } from "./eventWords.ts";
import type { RelationStatement } from "./relationContradictions.ts";

/**
 * A dataset's relation statements in words, each event with the id an author finds in the file: "Luke Cage
 * season 1 release (lc-1-release) is after Jessica Jones season 1 release (jj-1-release)".
 */
export function relationStatementWords(dataset: Dataset): (statement: RelationStatement) => string {
  const shows = new Map(dataset.shows.map((show) => [show.id, show.title]));
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  const showTitle = (id: string) => shows.get(id) ?? id;
  const named = (id: string) => {
    const event = events.get(id);
    return event ? `${eventWords(event, showTitle)} (${id})` : id;
  };
  return ({ id, type, other }) => `${named(id)} is ${RELATION_LABELS[type]} ${named(other)}`;
}
