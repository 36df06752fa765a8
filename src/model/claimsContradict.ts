import { edtfInterval } from "../dates/edtfInterval.ts";
import type { DatedClaim } from "./eventClaims.ts";

type Dated = Pick<DatedClaim, "start" | "end" | "relations">;
type Relation = DatedClaim["relations"][number];

const OPPOSITE: Record<string, string> = { after: "before", before: "after", "back-to-back": "before" };

/** Both give a start, and the two cannot both be true: their intervals do not overlap. */
export function datesContradict(a: Pick<Dated, "start">, b: Pick<Dated, "start">): boolean {
  if (a.start == null || b.start == null) return false;
  const x = edtfInterval(a.start);
  const y = edtfInterval(b.start);
  return x.latest < y.earliest || y.latest < x.earliest;
}

/**
 * The relations of `theirs` that one of `mine` contradicts: the same other event, in the opposite order,
 * either way round ("back-to-back" then "before" as "before" then "back-to-back").
 */
export function contradictedRelations(mine: readonly Relation[], theirs: readonly Relation[]): Relation[] {
  return theirs.filter((s) =>
    mine.some((r) => s.event === r.event && (OPPOSITE[r.type] === s.type || OPPOSITE[s.type] === r.type)),
  );
}

/**
 * Two claims about one event contradict when both give a start and the two can't both be true (their
 * intervals don't overlap), or when one puts it after another event and the other before it. A vaguer or a
 * narrower date is a refinement, not a contradiction. (Relation cycles across events are another
 * function's business.)
 */
export function claimsContradict(a: Dated, b: Dated): boolean {
  return datesContradict(a, b) || contradictedRelations(a.relations, b.relations).length > 0;
}
