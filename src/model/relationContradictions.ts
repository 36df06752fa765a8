import { RELATION_LABELS } from "../data/labels.ts";
import type { Dataset } from "../data/schema.ts";
import { contradictions, type Contradiction, type OrderStatement } from "./contradictions.ts";
import { eventWords } from "./eventWords.ts";

/**
 * One relation as the dataset states it, in words with the ids an author finds in the file: "Luke Cage
 * season 1 release (lc-1-release) is after Jessica Jones season 1 release (jj-1-release)".
 */
export interface RelationStatement {
  readonly id: string;
  readonly text: string;
}

/**
 * Relations that cannot all hold (A after B after A). They are drawn as the dataset has them and listed as a
 * contradiction for the reader: the sources disagree, and the reader should see it.
 */
export function relationContradictions(dataset: Dataset): Contradiction<RelationStatement>[] {
  const statements: OrderStatement<RelationStatement>[] = [];
  const shows = new Map(dataset.shows.map((show) => [show.id, show.title]));
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  const showTitle = (id: string) => shows.get(id) ?? id;
  const named = (id: string) => {
    const event = events.get(id);
    return event ? `${eventWords(event, showTitle)} (${id})` : id;
  };
  for (const event of dataset.events) {
    for (const relation of event.relations ?? []) {
      // "Back-to-back" says the two are adjacent, not which comes first.
      if (relation.type === "back-to-back") continue;
      const said = {
        id: event.id,
        text: `${named(event.id)} is ${RELATION_LABELS[relation.type]} ${named(relation.event)}`,
      };
      statements.push(
        relation.type === "after"
          ? { earlier: relation.event, later: event.id, said }
          : { earlier: event.id, later: relation.event, said },
      );
    }
  }
  return contradictions(statements);
}
