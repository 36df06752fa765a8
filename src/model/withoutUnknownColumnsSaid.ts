import type { Problem } from "../data/problemLog.ts";
import type { SheetHeader } from "./csvToDataset.ts";

/**
 * The sheet's problems without the unknown column a lacked column's message already tells to rename ("no
 * "show" column, which every event needs: rename "Show name" to "show""): a header problem is said once.
 * `said` are the lacked columns told after the check (missingColumns); the header's own are `header.told`.
 */
export function withoutUnknownColumnsSaid(
  problems: readonly Problem[],
  header: SheetHeader,
  said: readonly string[],
): Problem[] {
  const renamed = new Set(
    [...header.told, ...said].flatMap((column) => {
      const name = header.meant.get(column);
      return name === undefined ? [] : [name];
    }),
  );
  if (renamed.size === 0) return [...problems];
  const at = `row ${header.row}, column `;
  return problems.filter((problem) => {
    if (!problem.path.startsWith(at) || !problem.reason.startsWith("unknown column ")) return true;
    const name = header.cells[Number(problem.path.slice(at.length)) - 1];
    return name === undefined || !renamed.has(name);
  });
}
