import type { OmittedProblems, Problem } from "../data/parseDataset.ts";
import { printable } from "../data/printable.ts";
import { groupDigits } from "../model/groupDigits.ts";

/**
 * The items a dataset lost to validation, each with its id, JSON path and reason. Only the problems kept (a
 * bounded number of each kind) get an element; the rest are one line per kind: "and 1,999,900 more like".
 */
export function ProblemList({
  problems,
  omitted = [],
}: {
  readonly problems: readonly Problem[];
  readonly omitted?: readonly OmittedProblems[];
}) {
  const total = omitted.reduce((sum, { count: more }) => sum + more, problems.length);
  if (total === 0) return null;
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">
        Some of the dataset was left out ({total === 1 ? "1 problem" : `${groupDigits(total)} problems`})
      </h2>
      <p>Everything else is shown. Each item below was skipped for the reason given.</p>
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
    </section>
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
