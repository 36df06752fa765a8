import type { Problem } from "../data/parseDataset.ts";
import { printable } from "../data/printable.ts";

/** The items a dataset lost to validation, each with its id, JSON path and reason. */
export function ProblemList({ problems }: { readonly problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">Some of the dataset was left out ({count})</h2>
      <p>Everything else is shown. Each item below was skipped for the reason given.</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{printable(problem.path, 200)}</code>
            {problem.id !== null && (
              <>
                {" "}
                (id <code>{printable(problem.id)}</code>)
              </>
            )}
            : {printable(problem.reason, 400)}
          </li>
        ))}
      </ul>
    </section>
  );
}
