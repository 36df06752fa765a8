import type { Certainty, Source, TimelineEvent } from "../data/schema.ts";
import { edtfInterval } from "../dates/edtfInterval.ts";
import { sameSpan } from "../dates/sameSpan.ts";
import { spanWithin } from "../dates/spanWithin.ts";
import { eventClaims, givesDate, type DatedClaim } from "./eventClaims.ts";

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/** What was known of an event on a day. */
export type EventAsOf =
  | { readonly state: "unreported" }
  | {
      readonly state: "reported";
      readonly start: string | null;
      readonly end: string | null;
      readonly certainty: Certainty;
      readonly relations: readonly Relation[];
      /**
       * The claim the date comes from: "own" on and after the event's newest report (its own fields), null
       * while only order-only claims are known (no date yet).
       */
      readonly current: DatedClaim | "own" | null;
      /**
       * The dates the timeline showed before, each from the claim it stood on, that the current one
       * replaced: the ghosts. Oldest first. Not a claim the timeline never showed: one told on the day
       * of a newer claim, or on the day the event took its own fields (Player.One's "January 2016" beside
       * Collider's "17 January 2016"); a claim that disagrees on its day is a contradiction instead.
       */
      readonly superseded: readonly DatedClaim[];
      /** Every prediction known by the day, in the order they became known. */
      readonly predictions: readonly DatedClaim[];
      /** Outcomes known by the day; empty while none is. */
      readonly outcomes: readonly DatedClaim[];
      /**
       * What happened, from the newest known outcome giving each end, unless it only says less than one
       * known before ("October 2016" from an undated wiki after "8 October 2016"); null while none is known.
       */
      readonly actual: { readonly start: string | null; readonly end: string | null } | null;
    };

const byKnown = (a: DatedClaim, b: DatedClaim) => a.knownFrom - b.knownFrom || a.index - b.index;

/**
 * The date as the claims known by a day give it, each end from the newest claim that says something of
 * it: a claim without a start (a window's end, told later) says nothing of the start, which stands. An end
 * that would come before the start so made (the start moved later since) is the newest claim's alone.
 */
function fieldsAsOf(
  dated: readonly DatedClaim[],
  newest: DatedClaim,
): { readonly start: string | null; readonly end: string | null } {
  let start: string | null | undefined;
  let end: string | null | undefined;
  for (const c of dated) {
    if (c.start !== undefined) start = c.start;
    if (c.end !== undefined) end = c.end;
  }
  const fields = { start: start ?? null, end: end ?? null };
  if (fields.start === null || fields.end === null) return fields;
  return edtfInterval(fields.end).latest < edtfInterval(fields.start).earliest
    ? { start: newest.start ?? null, end: newest.end ?? null }
    : fields;
}

/**
 * The event's own date on a day from its newest prediction on. Its own fields are what it stood at after
 * its newest report, outcomes included (an end filled in with what happened): before the day every claim is
 * known, unless a claim-less citation known by then supports them, an end stands as the newest prediction
 * giving one gave it, and one none said something of is not announced yet. A window's end that only an
 * outcome of October gave is not the end of the window as known in February, nor credited to February's page.
 */
function ownAsOf(
  event: TimelineEvent,
  claims: readonly DatedClaim[],
  predictions: readonly DatedClaim[],
  dated: readonly DatedClaim[],
  day: number,
): { readonly start: string | null; readonly end: string | null } {
  const own = { start: event.start ?? null, end: event.end ?? null };
  // Every claim known; or one that no page predicted, which its outcomes show as its own fields say.
  if (predictions.length === 0 || claims.every((c) => c.shownFrom <= day)) return own;
  if (predictions.some((c) => c.citation.claim === undefined)) return own;
  const newest = dated.at(-1);
  const gave = newest === undefined ? { start: null, end: null } : fieldsAsOf(dated, newest);
  // The own end stands when the newest prediction to give an end gave it; else the predictions' does (June,
  // not July from October's outcome; May told on 1 February, not the June told before it).
  const asKnown = (field: "start" | "end") => {
    const value = own[field];
    if (!predictions.some((c) => c[field] !== undefined)) return null;
    const latest = dated.findLast((c) => c[field] != null)?.[field];
    return value !== null && latest != null && sameSpan(latest, value) ? value : gave[field];
  };
  const known = { start: asKnown("start"), end: asKnown("end") };
  // One end from the event's fields and one from a page's may cross (start August, end June): the pages'.
  return known.start !== null &&
    known.end !== null &&
    edtfInterval(known.end).latest < edtfInterval(known.start).earliest
    ? gave
    : known;
}

/**
 * The as-of rule. An event exists from the day its first prediction is published (one that no page
 * predicted, from the day its first outcome is known). Its date is what the claims published by then give,
 * each end from the newest that says something of it (same-day claims count in citation order): a window's
 * end told later keeps the start told before. The claims it stood on before, with another date, are kept
 * as superseded. Order-only claims add their order. On and after the day of its newest prediction the
 * event stands as its own fields say, but for a start or end no prediction known by then says something of
 * (ownAsOf: not taken from what was reported later, until every claim is known). Outcomes appear from the day they
 * are known (DatedClaim.knownFrom: for an undated page, once all they report has happened), and not before
 * the event does (DatedClaim.shownFrom). `day`: UTC ms; Infinity is "how it turned out".
 */
export function claimsAsOf(
  event: TimelineEvent,
  sources: ReadonlyMap<string, Source>,
  day: number,
): EventAsOf {
  const claims = eventClaims(event, sources);
  return claimsAsOfClaims(event, claims, day);
}

/** claimsAsOf() for claims already read (the page reads each event's claims once). */
export function claimsAsOfClaims(
  event: TimelineEvent,
  claims: readonly DatedClaim[],
  day: number,
): EventAsOf {
  const all = claims.filter((c) => !c.outcome).sort(byKnown);
  const predictions = all.filter((c) => c.knownFrom <= day);
  const outcomes = claims.filter((c) => c.outcome && c.shownFrom <= day).sort(byKnown);
  // There from the first day one of its claims is shown (eventClaims: an outcome not before the first dated
  // prediction, or with none, from its own day): with no prediction known then, as its own fields say if no
  // page predicted it, else as not announced, what the dated pages said by then.
  if (!claims.some((c) => c.shownFrom <= day)) return { state: "unreported" };
  const dated = predictions.filter(givesDate);
  const newest = dated.at(-1);
  const settled = predictions.length === all.length;
  const current: DatedClaim | "own" | null = settled ? "own" : (newest ?? null);
  const date =
    current === "own"
      ? ownAsOf(event, claims, predictions, dated, day)
      : current === null
        ? { start: null, end: null }
        : fieldsAsOf(dated, current);
  // The dates it stood at on days before, each as that day's claims gave it (both ends), credited to the
  // day's last claim giving a date: not a claim told on the day of a newer one, nor the newest (current, or
  // told on the day the event took its own fields).
  const superseded: DatedClaim[] = [];
  dated.forEach((c, i) => {
    if (i === dated.length - 1 || c.knownFrom === dated[i + 1]?.knownFrom) return;
    const stood = fieldsAsOf(dated.slice(0, i + 1), c);
    // Replaced, not only added to: an end it gave is another now (an end told since, alone, is no ghost).
    // Another span, not only other words: "2018?" then "2018-XX" is the same year, its ghost over the item.
    const replaced =
      (stood.start !== null && !sameSpan(stood.start, date.start)) ||
      (stood.end !== null && !sameSpan(stood.end, date.end));
    if (replaced) superseded.push({ ...c, ...stood });
  });
  const relations = current === "own" ? (event.relations ?? []) : newestRelations(predictions);
  const newestWith = (field: "start" | "end") => outcomeGiving(outcomes, field)?.[field] ?? null;
  return {
    state: "reported",
    start: date.start ?? null,
    end: date.end ?? null,
    certainty: current === "own" ? event.certainty : (current ?? predictions[0] ?? event).certainty,
    relations,
    current,
    superseded,
    predictions,
    outcomes,
    actual: outcomes.length === 0 ? null : { start: newestWith("start"), end: newestWith("end") },
  };
}

/**
 * The outcome that says what happened to one end of an event: the newest known giving it, unless it only
 * says less than one known before ("October 2016" from an undated wiki after "8 October 2016"). `outcomes`
 * oldest first, as claimsAsOf() lists them. The timeline's "what happened" and the scorecard both read it.
 */
export function outcomeGiving(outcomes: readonly DatedClaim[], field: "start" | "end"): DatedClaim | null {
  let known: DatedClaim | null = null;
  for (const c of outcomes) {
    const value = c[field];
    const before = known?.[field];
    // One whose span holds the one known before adds nothing to it.
    if (value != null && (before == null || !spanWithin(before, value))) known = c;
  }
  return known;
}

/**
 * The orders known, each other event's as the newest report to give one put it: "after X", then "before X"
 * a report later, is before X (both were kept, and the item said it was after X and before it).
 */
function newestRelations(predictions: readonly DatedClaim[]): Relation[] {
  const byEvent = new Map<string, Relation[]>();
  for (const { relations } of predictions) {
    const given = new Map<string, Relation[]>();
    for (const r of relations) given.set(r.event, [...(given.get(r.event) ?? []), r]);
    for (const [other, list] of given) byEvent.set(other, list);
  }
  const seen = new Set<string>();
  return [...byEvent.values()].flat().filter((r) => {
    const key = `${r.type} ${r.event}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
