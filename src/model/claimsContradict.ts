import { edtfInterval } from "../dates/edtfInterval.ts";
import type { DatedClaim } from "./eventClaims.ts";

type Dated = Pick<DatedClaim, "start" | "end" | "relations">;

const OPPOSITE: Record<string, string> = { after: "before", before: "after", "back-to-back": "before" };

/**
 * Two claims about one event contradict when both give a start and the two can't both be true (their
 * intervals don't overlap), or when one puts it after another event and the other before it. A vaguer or a
 * narrower date is a refinement, not a contradiction. (Relation cycles across events are another
 * function's business.)
 */
export function claimsContradict(a: Dated, b: Dated): boolean {
  if (a.start != null && b.start != null) {
    const x = edtfInterval(a.start);
    const y = edtfInterval(b.start);
    if (x.latest < y.earliest || y.latest < x.earliest) return true;
  }
  return a.relations.some((r) => b.relations.some((s) => s.event === r.event && OPPOSITE[r.type] === s.type));
}
