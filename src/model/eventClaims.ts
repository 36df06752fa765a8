import type { Certainty, Citation, Source, TimelineEvent } from "../data/schema.ts";
import { edtfInterval } from "../dates/edtfInterval.ts";

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/** One citation read as a claim about its event's date, with the day a reader could first know it. */
export interface DatedClaim {
  /** Its index in the event's citations: where it is in the file, and what a "what changed" line opens. */
  readonly index: number;
  readonly citation: Citation;
  readonly source: Source;
  /** Undefined: this claim says nothing about the start (an order-only claim). Null: "no date yet". */
  readonly start: string | null | undefined;
  readonly end: string | null | undefined;
  readonly certainty: Certainty;
  readonly relations: readonly Relation[];
  readonly outcome: boolean;
  /**
   * The first day (UTC ms, midnight) a reader could know it. A prediction: its page's date. An outcome:
   * the later of its page's date and the earliest day of the date it reports (a page may announce an
   * outcome ahead, and an undated page was published no earlier than what it reports). Infinity for a
   * prediction on an undated page: it is only known "in the end".
   */
  readonly knownFrom: number;
}

export const DAY_MS = 86_400_000;

/** Midnight UTC of an ISO day. */
export function isoDayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Every claim an event's citations make, in citation order. A citation with no claim gives the event's own. */
export function eventClaims(event: TimelineEvent, sources: ReadonlyMap<string, Source>): DatedClaim[] {
  const claims: DatedClaim[] = [];
  event.citations.forEach((citation, index) => {
    const source = sources.get(citation.source);
    if (!source) return;
    const own = citation.claim === undefined;
    const claim = citation.claim ?? {};
    const start = own ? (event.start ?? null) : claim.start;
    const end = own ? event.end : claim.end;
    const outcome = citation.outcome === true;
    const page = source.published === null ? null : isoDayMs(source.published);
    let knownFrom: number;
    if (outcome) {
      const reported = end ?? start;
      const happened =
        reported == null ? -Infinity : Math.floor(edtfInterval(reported).earliest / DAY_MS) * DAY_MS;
      knownFrom = Math.max(page ?? -Infinity, happened);
    } else {
      knownFrom = page ?? Infinity;
    }
    claims.push({
      index,
      citation,
      source,
      start,
      end,
      certainty: claim.certainty ?? event.certainty,
      relations: own ? (event.relations ?? []) : (claim.relations ?? []),
      outcome,
      knownFrom,
    });
  });
  return claims;
}

/** A claim gives a date when it says something about the start or the end ("not announced" included). */
export function givesDate(claim: DatedClaim): boolean {
  return claim.start !== undefined || claim.end !== undefined;
}
