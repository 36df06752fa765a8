import type { OmittedProblems, Problem, ProblemEffect } from "./problemLog.ts";

/** The problems of one effect: those listed, those only counted per kind, and how many in all. */
export interface ProblemGroup {
  readonly problems: readonly Problem[];
  readonly omitted: readonly OmittedProblems[];
  /** Listed and counted: an "and 900 more like" line is 900 of them. */
  readonly total: number;
}

/** A dataset's problems parted by what they did: left its item out of the page, or kept it. */
export function problemsByEffect(
  problems: readonly Problem[],
  omitted: readonly OmittedProblems[],
): Readonly<Record<ProblemEffect, ProblemGroup>> {
  const group = (effect: ProblemEffect): ProblemGroup => {
    const listed = problems.filter((problem) => problem.effect === effect);
    const more = omitted.filter(({ like }) => like.effect === effect);
    return {
      problems: listed,
      omitted: more,
      total: more.reduce((sum, { count }) => sum + count, listed.length),
    };
  };
  return { "left out": group("left out"), kept: group("kept") };
}
