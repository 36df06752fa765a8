import type { OmittedProblems, Problem } from "../data/parseDataset.ts";
import { printable } from "../data/printable.ts";
import { problemsByEffect, type ProblemGroup } from "../data/problemsByEffect.ts";
import { groupDigits } from "../model/groupDigits.ts";

/**
 * What a dataset lost to validation, and apart from it what is drawn but worth checking (a look-alike host, a
 * quote not found in its article), each with its id, where it is (a JSON path, or a sheet's row and column)
 * and reason: a file whose problems all kept their items does not say anything was left out. Only the
 * problems kept (a bounded number of each kind) get an element; the rest are one line per kind: "and
 * 1,999,900 more like".
 */
export function ProblemList({
  problems,
  omitted = [],
  nothingShown = false,
}: {
  readonly problems: readonly Problem[];
  readonly omitted?: readonly OmittedProblems[];
  /** Every event was left out: nothing else is shown. */
  readonly nothingShown?: boolean;
}) {
  const { "left out": leftOut, kept } = problemsByEffect(problems, omitted);
  return (
    <>
      {leftOut.total > 0 && (
        <section className="problems" aria-labelledby="problems-title">
          <h2 id="problems-title">
            Some of the dataset was left out (
            {leftOut.total === 1 ? "1 problem" : `${groupDigits(leftOut.total)} problems`})
          </h2>
          <p>
            {nothingShown ? "No event could be shown." : "Everything else is shown."} Each item below was
            skipped for the reason given.
          </p>
          <Problems group={leftOut} />
        </section>
      )}
      {kept.total > 0 && (
        <section className="problems" aria-labelledby="problems-kept-title">
          <h2 id="problems-kept-title">Shown, but worth checking ({groupDigits(kept.total)})</h2>
          <p>
            Nothing below is missing from the page: each item is drawn as the file gives it, or without the
            part the reason says was ignored.
          </p>
          <Problems group={kept} />
        </section>
      )}
    </>
  );
}

function Problems({ group: { problems, omitted } }: { readonly group: ProblemGroup }) {
  return (
    <ul>
      {problems.map((problem, index) => (
        <li key={index}>
          <ProblemText problem={problem} />
        </li>
      ))}
      {omitted.map(({ like, count: more }, index) => (
        <li key={`more-${index}`} className="problems-more">
          and {groupDigits(more)} more like <ProblemText problem={like} />
        </li>
      ))}
    </ul>
  );
}

function ProblemText({ problem }: { readonly problem: Problem }) {
  return (
    <>
      <code>{printable(problem.path, 200)}</code>
      {problem.id !== null && (
        <>
          {" "}
          (id <code>{printable(problem.id)}</code>)
        </>
      )}
      : {printable(problem.reason, 400)}
    </>
  );
}
