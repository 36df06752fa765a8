/**
 * What a problem did to the page: its item (a show, source, event, citation, relation or a sheet's row) is
 * not drawn, or it is drawn and the problem is only worth checking (a look-alike host, a quote not found in
 * its article, a colour or a key ignored).
 */
export type ProblemEffect = "left out" | "kept";

/** One thing wrong with the dataset, and why. */
export interface Problem {
  /** The id of the item, when it has a readable one. */
  readonly id: string | null;
  /** Where in the JSON: `events[3].start`. */
  readonly path: string;
  readonly reason: string;
  readonly effect: ProblemEffect;
}

/** A problem as its maker words it; the log stamps its effect. */
export type ProblemWords = Omit<Problem, "effect">;

/** Problems of one kind beyond the cap: only counted, shown as "and 1,999,900 more like this". */
export interface OmittedProblems {
  /** The last problem of the kind that was kept, for the reader to see what "like this" means. */
  readonly like: Problem;
  readonly count: number;
}

/** How many problems of one kind are kept; a junk file of two million `0`s keeps this many. */
export const PROBLEMS_PER_KIND = 100;

interface Tally {
  kept: number;
  omitted: number;
  last: Problem;
}

/**
 * Collects problems with a bound: the first `perKind` of each kind are kept, the rest only counted. A problem
 * is built only when it is kept, so a capped one costs a map lookup, never a string or an object.
 */
export class ProblemLog {
  readonly #kept: Problem[] = [];
  readonly #kinds = new Map<string, Tally>();

  constructor(readonly perKind = PROBLEMS_PER_KIND) {}

  /**
   * `kind` names the class of problem ("events[].start: not a date"), never the item's own values; `effect`
   * says whether the item is drawn all the same. Kinds are capped per effect, so that an "and N more like"
   * line is never of both.
   */
  add(kind: string, make: () => ProblemWords, effect: ProblemEffect = "left out"): void {
    const key = effect === "kept" ? `kept: ${kind}` : kind;
    const tally = this.#kinds.get(key);
    if (tally !== undefined && tally.kept >= this.perKind) {
      tally.omitted += 1;
      return;
    }
    const { id, path, reason } = make();
    const problem: Problem = { id, path, reason, effect };
    this.#kept.push(problem);
    if (tally === undefined) this.#kinds.set(key, { kept: 1, omitted: 0, last: problem });
    else {
      tally.kept += 1;
      tally.last = problem;
    }
  }

  get problems(): readonly Problem[] {
    return this.#kept;
  }

  get omitted(): readonly OmittedProblems[] {
    return [...this.#kinds.values()]
      .filter(({ omitted }) => omitted > 0)
      .map(({ last, omitted }) => ({ like: last, count: omitted }));
  }
}
