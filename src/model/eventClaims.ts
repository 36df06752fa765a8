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
   * The first day (UTC ms, midnight) a reader could know it. A prediction: its page's date; Infinity on
   * an undated page: it is only known "in the end". An outcome on a dated page: the later of its page's
   * date and the earliest day of the date it reports (a page may announce an outcome ahead: "returns
   * tomorrow"). An outcome on an undated page (published: null) could not be written before all it
   * reports had happened: the day of the latest instant its dates allow (30 September for "2017-09", the
   * end's for a window), never the first day of a month or a year; Infinity for an open end.
   */
  readonly knownFrom: number;
  /**
   * The first day the as-of view shows it, and so the day "what changed" lists it: its knownFrom, but an
   * outcome not before its event's first prediction (claimsAsOf shows no event, and so no outcome, until
   * a prediction is known). The report days, the claims index and "what changed" all read this one.
   */
  readonly shownFrom: number;
}

export const DAY_MS = 86_400_000;

/** Midnight UTC of an ISO day. */
export function isoDayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The UTC midnight of the day an instant falls on (±Infinity as they are). */
const dayOf = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/**
 * The first day an outcome could be known (DatedClaim.knownFrom), from its page's day (null: the page
 * prints no date) and the start and end it reports. The one place this is decided.
 */
export function outcomeKnownFrom(
  page: number | null,
  start: string | null | undefined,
  end: string | null | undefined,
): number {
  if (page === null) {
    // No printed date: known once the whole of what it reports has happened, and not a day before.
    let latest = -Infinity;
    for (const value of [start, end])
      if (value != null) latest = Math.max(latest, edtfInterval(value).latest);
    // An outcome that reports no date at all says nothing a day could be read from: only "in the end".
    return latest === -Infinity ? Infinity : dayOf(latest);
  }
  const reported = end ?? start;
  return Math.max(page, reported == null ? -Infinity : dayOf(edtfInterval(reported).earliest));
}

/** A page's day: read once per source, which a large dataset's events cite by the thousand. */
const pageDays = new WeakMap<Source, number | null>();
function pageDay(source: Source): number | null {
  let page = pageDays.get(source);
  if (page === undefined) {
    page = source.published === null ? null : isoDayMs(source.published);
    pageDays.set(source, page);
  }
  return page;
}

/** Every claim an event's citations make, in citation order. A citation with no claim gives the event's own. */
export function eventClaims(event: TimelineEvent, sources: ReadonlyMap<string, Source>): DatedClaim[] {
  const claims: { -readonly [K in keyof DatedClaim]: DatedClaim[K] }[] = [];
  // The day of the event's first prediction, before which none of its outcomes is shown (with none, of its
  // first outcome).
  let reported = Infinity;
  let outcomes = false;
  event.citations.forEach((citation, index) => {
    const source = sources.get(citation.source);
    if (!source) return;
    const own = citation.claim === undefined;
    const claim = citation.claim ?? {};
    const start = own ? (event.start ?? null) : claim.start;
    const end = own ? event.end : claim.end;
    const outcome = citation.outcome === true;
    const page = pageDay(source);
    const knownFrom = outcome ? outcomeKnownFrom(page, start, end) : (page ?? Infinity);
    if (outcome) outcomes = true;
    else reported = Math.min(reported, knownFrom);
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
      shownFrom: knownFrom,
    });
  });
  // An event no page predicted, only reported as done, is on the timeline once its first outcome is known.
  if (reported === Infinity) for (const c of claims) reported = Math.min(reported, c.knownFrom);
  if (outcomes) for (const c of claims) if (c.outcome) c.shownFrom = Math.max(c.knownFrom, reported);
  return claims;
}

/** A claim gives a date when it says something about the start or the end ("not announced" included). */
export function givesDate(claim: DatedClaim): boolean {
  return claim.start !== undefined || claim.end !== undefined;
}
