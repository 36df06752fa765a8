import type { TimelineEvent } from "../data/schema.ts";
import { edtfInterval } from "../dates/edtfInterval.ts";
import type { DatedClaim } from "./eventClaims.ts";

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/**
 * Whether an order came true, from the two events' start outcomes (this one's, the other's); null when their
 * dates cannot tell: both on one day (a tie), or one's span holding the other's (2017 against 17 March 2017).
 * Neither is a right "after" nor a wrong "before".
 */
export function orderCameTrue(relation: Relation, mine: DatedClaim, theirs: DatedClaim): boolean | null {
  const a = edtfInterval(mine.start ?? "");
  const b = edtfInterval(theirs.start ?? "");
  // Back-to-back (this one follows the other, overlapping a little) came true as "after" does: when this
  // one did not start first. The dates must tell that as they must for "after".
  if (a.latest < b.earliest) return relation.type === "before";
  if (b.latest < a.earliest) return relation.type !== "before";
  return null;
}
