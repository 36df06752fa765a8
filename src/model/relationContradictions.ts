import type { Dataset } from "../data/schema.ts";
import { citationSurvey } from "./citationSurvey.ts";
import { contradictions, type Contradiction, type OrderStatement } from "./contradictions.ts";

/**
 * One relation as the dataset states it: event `id` is `type` event `other`. Put in words only when listed
 * (relationStatementWords, loaded with the list): few datasets have a contradiction to list.
 */
export interface RelationStatement {
  readonly id: string;
  readonly type: "after" | "before" | "back-to-back";
  readonly other: string;
}

const memo = new WeakMap<Dataset, readonly Contradiction<RelationStatement>[]>();

/**
 * Relations that cannot all hold (A after B after A). They are drawn as the dataset has them and listed as a
 * contradiction for the reader: the sources disagree, and the reader should see it. Of the dataset as a
 * day's reports had it (datasetAsOf), those of that day only: remembered per dataset, since the page asks
 * at each render.
 */
export function relationContradictions(dataset: Dataset): readonly Contradiction<RelationStatement>[] {
  let found = memo.get(dataset);
  if (found === undefined) memo.set(dataset, (found = contradictionsOf(dataset)));
  return found;
}

function contradictionsOf(dataset: Dataset): Contradiction<RelationStatement>[] {
  // Most datasets relate no events, and the first draw's one pass over the citations says so: no pass here.
  if (!citationSurvey(dataset).related) return [];
  const statements: OrderStatement<RelationStatement>[] = [];
  for (const event of dataset.events) {
    for (const relation of event.relations ?? []) {
      const said = { id: event.id, type: relation.type, other: relation.event };
      // "Back-to-back" follows directly on the other (docs/data-format.md): it comes after it, as the
      // scorecard and the as-of view's contradictions read it too.
      statements.push(
        relation.type === "before"
          ? { earlier: event.id, later: relation.event, said }
          : { earlier: relation.event, later: event.id, said },
      );
    }
  }
  return contradictions(statements);
}
