import { RELATION_LABELS } from "../data/labels.ts";
import type { Source, TimelineEvent } from "../data/schema.ts";
import { edtfInterval } from "../dates/edtfInterval.ts";
import { outcomeGiving } from "./claimsAsOf.ts";
import { DAY_MS, type DatedClaim } from "./eventClaims.ts";
import { orderCameTrue } from "./orderCameTrue.ts";

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/** An order a page predicted that came out the other way. */
export interface OrderMiss {
  readonly relation: Relation;
  readonly source: Source;
}

const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * The orders predicted of an event that came out the other way, by the outcomes known: judged as the
 * scorecard judges them, for a claim that gave an order and no date, from the two events' start outcomes,
 * and only where its page came before either started (else it reported the order, not predicted it). One
 * a page, an order: two quotes of one page are one prediction.
 */
export function orderMisses(
  predictions: readonly DatedClaim[],
  outcomes: readonly DatedClaim[],
  startOutcome: (eventId: string) => DatedClaim | null,
): OrderMiss[] {
  const mine = outcomeGiving(outcomes, "start");
  if (mine === null) return [];
  const misses = new Map<string, OrderMiss>();
  for (const claim of predictions) {
    if (claim.start != null || claim.end != null) continue;
    for (const relation of claim.citation.claim?.relations ?? []) {
      const theirs = startOutcome(relation.event);
      if (theirs === null || orderCameTrue(relation, mine, theirs) !== false) continue;
      const began = Math.min(...[mine, theirs].map((c) => dayOf(edtfInterval(c.start ?? "").earliest)));
      if (dayOf(claim.knownFrom) < began)
        misses.set(`${claim.source.id} ${relation.type} ${relation.event}`, {
          relation,
          source: claim.source,
        });
    }
  }
  return [...misses.values()];
}

/**
 * "Player.One reported it before “The Defenders production begins”: it came after", the other event by its
 * label. What came out is said as what happened, never as "not …" beside a publisher's name, which read as
 * the publisher's own words.
 */
export function orderMissWords({ relation, source }: OrderMiss, label: (eventId: string) => string): string {
  const came = relation.type === "before" ? "after" : "first";
  return `${source.publisher} reported it ${RELATION_LABELS[relation.type]} “${label(relation.event)}”: it came ${came}`;
}
