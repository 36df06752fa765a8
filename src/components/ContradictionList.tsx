import { useMemo } from "react";
import { printable } from "../data/printable.ts";
import type { Dataset } from "../data/schema.ts";
import type { Contradiction } from "../model/contradictions.ts";
import type { RelationStatement } from "../model/relationContradictions.ts";
import { groupDigits } from "../model/groupDigits.ts";
import { relationStatementWords } from "../model/relationStatementWords.ts";

/** At most this many contradictions, and statements in each, get an element. */
const SHOWN = 20;

/** Where the dataset's statements cannot all be true: shown, not hidden, since the sources disagree. */
export function ContradictionList({
  contradictions,
  dataset,
  asOf = false,
}: {
  readonly contradictions: readonly Contradiction<RelationStatement>[];
  /** The dataset they are of: its events and shows name them. */
  readonly dataset: Dataset;
  /** The dataset as an earlier day's reports had it (datasetAsOf). */
  readonly asOf?: boolean;
}) {
  const words = useMemo(() => relationStatementWords(dataset), [dataset]);
  if (contradictions.length === 0) return null;
  const more = contradictions.length - SHOWN;
  return (
    <section className="problems" aria-labelledby="contradictions-title">
      <h2 id="contradictions-title">The sources contradict each other ({contradictions.length})</h2>
      <p>
        These statements cannot all be true. Each item is still drawn as{" "}
        {asOf ? "the reports of this day have it" : "the dataset has it"}.
      </p>
      <ul>
        {contradictions.slice(0, SHOWN).map(({ statements }, index) => (
          <li key={index}>
            {statements
              .slice(0, SHOWN)
              .map((statement) => printable(words(statement), 300))
              .join("; ")}
            {statements.length > SHOWN && `; and ${statements.length - SHOWN} more`}
          </li>
        ))}
        {more > 0 && <li>and {groupDigits(more)} more like these</li>}
      </ul>
    </section>
  );
}
