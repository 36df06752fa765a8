/** One thing left out of the dataset, and why. */
export interface Problem {
  /** The id of the item left out, when it has a readable one. */
  readonly id: string | null;
  /** Where in the JSON: `events[3].start`. */
  readonly path: string;
  readonly reason: string;
}

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

  /** `kind` names the class of problem ("events[].start: not a date"), never the item's own values. */
  add(kind: string, make: () => Problem): void {
    const tally = this.#kinds.get(kind);
    if (tally !== undefined && tally.kept >= this.perKind) {
      tally.omitted += 1;
      return;
    }
    const problem = make();
    this.#kept.push(problem);
    if (tally === undefined) this.#kinds.set(kind, { kept: 1, omitted: 0, last: problem });
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
