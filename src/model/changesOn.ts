import type { Dataset, TimelineEvent } from "../data/schema.ts";
import { sameSpan } from "../dates/sameSpan.ts";
import { spanWithin } from "../dates/spanWithin.ts";
import { claimsAsOfClaims, type EventAsOf } from "./claimsAsOf.ts";
import { claimsContradict, contradictedRelations, datesContradict } from "./claimsContradict.ts";
import { eventDateWords } from "./eventDateWords.ts";
import { firstReportedIn } from "./firstReported.ts";
import { claimsIndex } from "./claimsIndex.ts";
import type { DatedClaim } from "./eventClaims.ts";
import { outcomeDateWords, outcomeVerb } from "./outcomeWords.ts";
import { publishedWords } from "../data/publishedWords.ts";
import { relationWords } from "./relationWords.ts";

/**
 * One line of "what changed": what a report of that day added, dated (an event with no date before), moved,
 * narrowed (a date within the one before: "2016" to "March 2016", an end given to "from March 2016"),
 * reworded (the same span, otherwise qualified: "2016?" to "2016"), ordered, contradicted or repeated.
 */
export interface Change {
  readonly kind:
    | "added"
    | "dated"
    | "moved"
    | "narrowed"
    | "reworded"
    | "ordered"
    | "contradicted"
    | "repeated"
    | "outcome";
  readonly event: string;
  /** The citation that said it: its index in the event's citations. */
  readonly citation: number;
  readonly source: string;
  /**
   * The line in three parts (changeText joins them): the source as it is dated ("Screen Rant, 11 May 2016";
   * publishedWords: "date not printed" for a page that prints none, never the day), the event's label, and
   * what changed ("…; was 2017 (Player.One)"). Apart, so that a view isolates each (`<bdi>`): a label in
   * Arabic or Hebrew, shown in one run with the words after it, took "1 March 2016"'s "1" to its other side.
   */
  readonly parts: { readonly source: string; readonly label: string; readonly words: string };
}

/** "Screen Rant, 11 May 2016: Jessica Jones season 2 production begins: …; was 2017 (Player.One)". */
export const changeText = ({ parts }: Change): string => `${parts.source}: ${parts.label}: ${parts.words}`;

type Reported = Extract<EventAsOf, { state: "reported" }>;
type Relation = DatedClaim["relations"][number];

/** Whether a claim gives an order. */
const gives = (claim: DatedClaim, r: Relation) =>
  claim.relations.some((g) => g.type === r.type && g.event === r.event);

/**
 * What the claims first shown on `day` (UTC ms, midnight; DatedClaim.shownFrom) changed, event by event,
 * in dataset order. Every such claim's day has at least one line, and no other day has any: the as-of
 * control steps to exactly these days (reportDays). A prediction that changes nothing the timeline shows
 * is "repeated"; an outcome is listed the day its event is first reported when it was known before that.
 */
export function changesOn(dataset: Dataset, day: number): Change[] {
  // Its steps run here at once, not through runSteps: What changed's chunk would then list runSteps' chunk
  // among its own, one more name in the app's chunk, which the first draw fetches (16 bytes, check:size).
  const steps = changeSteps(dataset, day);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/**
 * changesOn() as steps, one per event it reads: a page paces a big day's (pacedChanges), since thousands of
 * events on one day were one task of about 40 ms at 20,000 events.
 */
export function* changeSteps(dataset: Dataset, day: number): Generator<void, Change[]> {
  const { events, claimsOf, shownOn, orderedTo } = claimsIndex(dataset);
  const shows = new Map(dataset.shows.map((s) => [s.id, s.title]));
  const orderWords = (relations: DatedClaim["relations"]) =>
    relationWords(relations, events, (id) => shows.get(id) ?? id);
  // An order to an event not reported by a day is not on the timeline that day (datasetAsOf): not said
  // either, until the day the other event appears.
  // The as-of rule for when an event is there (claimsAsOf): from the first day one of its claims is shown.
  // Each event's first day, read once per call: asked per order and per day, its claims were read each time.
  const firstShown = new Map<string, number>();
  const isReported = (id: string, by: number) => {
    let first = firstShown.get(id);
    if (first === undefined) {
      const other = events.get(id);
      first = other === undefined ? Infinity : firstReportedIn(claimsOf(other));
      firstShown.set(id, first);
    }
    return first <= by;
  };
  // The claims of an event a claim of the day speaks of, read once: noted for isReported too, which the
  // day's last pass asks of every such event (reading them again there was a quarter of the call at 20k).
  const claimsOfDay = (event: TimelineEvent) => {
    const claims = claimsOf(event);
    if (!firstShown.has(event.id)) firstShown.set(event.id, firstReportedIn(claims));
    return claims;
  };
  const shownBy = (relations: DatedClaim["relations"], by: number) =>
    relations.filter((r) => isReported(r.event, by));
  const order = (relations: DatedClaim["relations"]) => orderWords(shownBy(relations, day));
  const changes: Change[] = [];
  const push = (kind: Change["kind"], event: TimelineEvent, claim: DatedClaim, words: string) =>
    changes.push({
      kind,
      event: event.id,
      citation: claim.index,
      source: claim.source.id,
      parts: {
        source: `${claim.source.publisher}, ${publishedWords(claim.source)}`,
        label: event.label,
        words,
      },
    });
  // An order given before the day to an event first shown on it appears on the timeline that day: said on
  // a line of its own per report that gave it, credited to it ("as before" it was not), and as contradicted
  // where the order shown before, or one of another such report, says the opposite.
  const appearsToday = (id: string) => isReported(id, day) && !isReported(id, day - 1);
  const sayAppeared = (
    event: TimelineEvent,
    after: Reported,
    appeared: readonly Relation[],
    shownBefore: readonly Relation[],
  ) => {
    const claims = claimsOf(event);
    const byGiver = new Map<DatedClaim, Relation[]>();
    for (const r of appeared) {
      const giver = after.predictions.findLast((c) => gives(c, r)) ?? after.predictions.at(-1);
      if (giver) byGiver.set(giver, [...(byGiver.get(giver) ?? []), r]);
    }
    let known = shownBefore;
    const givers = [...byGiver].sort(([a], [b]) => a.knownFrom - b.knownFrom || a.index - b.index);
    for (const [claim, relations] of givers) {
      const others = new Set(relations.map((r) => r.event)).size;
      const words = `${orderWords(relations)} (the other ${others === 1 ? "event is" : "events are"} on the timeline from this day)`;
      const contradicted = contradictedRelations(relations, known);
      if (contradicted.length > 0) {
        const who = whoOrdered(contradicted, after, claims);
        push("contradicted", event, claim, `${words}, against ${orderWords(contradicted)} (${who})`);
      } else push("ordered", event, claim, words);
      known = [...known, ...relations];
    }
  };
  // What a claim of the day contradicts, in words ("…, against 2017 (Player.One)"), or null: the date of
  // `dated`, or else an order of `ordered` (orders to an event not on the timeline that day are not shown,
  // nor contradicted).
  const contradiction = (
    claim: DatedClaim,
    ordered: Reported,
    dated: Reported,
    claims: readonly DatedClaim[],
  ): string | null => {
    const known = { start: dated.start, end: dated.end, relations: shownBy(ordered.relations, day) };
    const shown = { ...claim, relations: shownBy(claim.relations, day) };
    if (!claimsContradict(shown, known)) return null;
    // An order-only claim says its order, not "date not announced".
    const given = claim.start !== undefined || claim.end !== undefined;
    const when = eventDateWords({ start: claim.start ?? null, end: claim.end ?? null });
    const own = given ? withOrder(when, order(claim.relations)) : order(claim.relations);
    // What it contradicts, and who said that: the date, or else the order (an order-only claim's line said
    // "against date not announced (no date given)", naming neither).
    const contradicted = contradictedRelations(shown.relations, known.relations);
    const against = datesContradict(claim, dated)
      ? `${eventDateWords(dated)} (${whoSaid(dated, claims)})`
      : `${orderWords(contradicted)} (${whoOrdered(contradicted, ordered, claims)})`;
    return `${own}, against ${against}`;
  };
  // Only the events a claim of the day speaks of (the index lists them in dataset order).
  for (const event of shownOn(day)) {
    yield;
    const claims = claimsOfDay(event);
    const today = claims.filter((c) => c.shownFrom === day);
    const before = claimsAsOfClaims(event, claims, day - 1);
    const after = claimsAsOfClaims(event, claims, day);
    if (after.state !== "reported") continue;
    const line = (kind: Change["kind"], claim: DatedClaim, words: string) => push(kind, event, claim, words);
    const nowWords = withOrder(eventDateWords(after), order(after.relations));
    const predictions = today.filter((c) => !c.outcome);
    if (before.state !== "reported") {
      // Credited to a report of the day that gives the date it stands at, not one that gave none.
      const first = creditFor(predictions, null, after);
      if (first) line("added", first, nowWords);
      // Another report of the day that the date it appears at contradicts: said, against that date (it
      // was seen only on the scorecard, scored wrong, never on the timeline).
      for (const claim of predictions) {
        const against = claim === first ? null : contradiction(claim, after, after, claims);
        if (against !== null) line("contradicted", claim, against);
      }
    } else {
      const lines = changes.length;
      const moved = !sameDate(before, after);
      // The date moved that day: the claim that gives the new one moved it (or, none giving it exactly,
      // the day's first).
      const mover = moved ? creditFor(predictions, before, after) : undefined;
      const shownBefore = shownBy(before.relations, day - 1);
      const said = new Set(shownBefore.map((r) => `${r.type} ${r.event}`));
      const isNew = (r: Relation) => !said.has(`${r.type} ${r.event}`);
      // Orders an earlier report gave, to an event that appears today: said on lines of their own
      // (sayAppeared), not in the words of the day's reports. (One no report gave, the event's own, is
      // "now" on the day's line, below.)
      const appeared = after.relations.filter(
        (r) =>
          isNew(r) &&
          appearsToday(r.event) &&
          !predictions.some((c) => gives(c, r)) &&
          after.predictions.some((c) => gives(c, r)),
      );
      const others = (relations: readonly Relation[]) => relations.filter((r) => !appeared.includes(r));
      if (mover) {
        for (const r of others(after.relations)) said.add(`${r.type} ${r.event}`);
        const now = withOrder(eventDateWords(after), order(others(after.relations)));
        const undated = before.start === null && before.end === null;
        const kind = undated
          ? "dated"
          : reworded(after, before)
            ? "reworded"
            : narrows(after, before)
              ? "narrowed"
              : "moved";
        line(kind, mover, `${now}; was ${eventDateWords(before)} (${whoSaid(before, claims)})`);
        // An order it gives that reverses one an earlier report gave (the newest report's order stands):
        // the move's line says the date, this one the reversal.
        const mine = shownBy(mover.relations, day);
        const reversed = contradictedRelations(mine, shownBy(before.relations, day));
        if (reversed.length > 0) {
          const reversing = mine.filter((r) => contradictedRelations([r], reversed).length > 0);
          const who = whoOrdered(reversed, before, claims);
          line("contradicted", mover, `${orderWords(reversing)}, against ${orderWords(reversed)} (${who})`);
        }
      }
      for (const claim of predictions) {
        if (claim === mover) continue;
        // Against the date the day's move gave, if it moved: a report of the day the timeline did not
        // take is set against what it shows, not against the date it left.
        const against = contradiction(claim, before, mover ? after : before, claims);
        if (against !== null) line("contradicted", claim, against);
        else if (shownBy(claim.relations, day).some(isNew)) {
          line("ordered", claim, order(claim.relations.filter(isNew)));
          for (const r of claim.relations) said.add(`${r.type} ${r.event}`);
        }
      }
      // A report that only says again what was known is a report all the same: the day is listed, and
      // stepped to, for it.
      // A report that gives another date the timeline keeps (it says less: "January 2016" of a day already
      // known) is not said to have given that day: its own words, and the date that stays.
      const [first] = predictions;
      if (first && changes.length === lines) {
        const who = before.current === null ? "" : ` (${whoSaid(before, claims)})`;
        const own =
          (first.start != null || first.end != null) && !givesDateOf(first, after)
            ? `${eventDateWords({ start: first.start ?? null, end: first.end ?? null })}; stays `
            : "";
        const kept = others(after.relations);
        const stays = withOrder(eventDateWords(after), order(kept.filter((r) => !isNew(r))));
        line("repeated", first, own ? `${own}${stays}${who}` : `${stays}, as before${who}`);
      }
      // An order new today that no line of the day says (the event's own, which it takes on the day of its
      // newest report) is "now" on the day's first line of the event: not "as before", nor left unsaid.
      const fresh = order(others(after.relations).filter(isNew));
      const mine = changes.slice(lines).find((c) => c.event === event.id);
      if (fresh && mine)
        changes[changes.indexOf(mine)] = {
          ...mine,
          parts: { ...mine.parts, words: `${mine.parts.words}; now ${fresh}` },
        };
      // Against the orders shown before and those the day's reports give.
      const todays = predictions.flatMap((c) => shownBy(c.relations, day));
      sayAppeared(event, after, appeared, [...shownBefore, ...todays]);
    }
    // What had been reported: the date before the day's outcomes, when no report of the day moved it (an
    // end only the outcome gave, the event's own end from its newest report on, was never reported).
    const reportedDate = predictions.length === 0 && before.state === "reported" ? before : after;
    for (const claim of today.filter((c) => c.outcome)) {
      const happened = outcomeDateWords(claim);
      // An event no page predicted has no report to set it against.
      const reported = after.predictions.length > 0 ? `; reported ${eventDateWords(reportedDate)}` : "";
      line("outcome", claim, `${outcomeVerb(event, claim)} ${happened}${reported}`);
    }
  }
  // Events with no claim of the day whose order to an event first shown on it appears.
  const spoken = new Set(shownOn(day));
  const fresh = shownOn(day).filter((e) => appearsToday(e.id));
  const lines = changes.length;
  for (const event of new Set(fresh.flatMap((e) => orderedTo(e.id)))) {
    yield;
    if (spoken.has(event) || !isReported(event.id, day - 1)) continue;
    const claims = claimsOf(event);
    const after = claimsAsOfClaims(event, claims, day);
    const before = claimsAsOfClaims(event, claims, day - 1);
    if (after.state !== "reported" || before.state !== "reported") continue;
    const appeared = after.relations.filter((r) => appearsToday(r.event));
    sayAppeared(event, after, appeared, shownBy(before.relations, day - 1));
  }
  if (changes.length === lines) return changes;
  // In dataset order, as the day's other lines are.
  const at = new Map(dataset.events.map((e, i) => [e.id, i]));
  return changes.sort((a, b) => (at.get(a.event) ?? 0) - (at.get(b.event) ?? 0));
}

function withOrder(when: string, order: string): string {
  return order ? `${when}, ${order}` : when;
}

/**
 * Whether a date lies within the one before: each end it gives within that end's span, or that end not
 * given before. Nothing moved: "Moved" for "2016" to "March 2016", or for an end given to "from March
 * 2016", said the item went elsewhere.
 */
function narrows(after: Reported, before: Reported): boolean {
  const within = (now: string | null, was: string | null) =>
    was === null || (now !== null && spanWithin(now, was));
  return within(after.start, before.start) && within(after.end, before.end);
}

/** The same span at both ends, otherwise written ("2016?" to "2016"): "Narrowed" said it knew more. */
function reworded(after: Reported, before: Reported): boolean {
  const same = (now: string | null, was: string | null) => (now === null ? was === null : sameSpan(now, was));
  return same(after.start, before.start) && same(after.end, before.end);
}

function sameDate(a: Reported, b: Reported): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * The day's report a date is credited to: one giving the whole date, else one giving an end that changed
 * (a window's end told alone), else the day's first.
 */
function creditFor(
  predictions: readonly DatedClaim[],
  before: Reported | null,
  after: Reported,
): DatedClaim | undefined {
  const changed = (c: DatedClaim, field: "start" | "end") =>
    c[field] !== undefined && c[field] === after[field] && before?.[field] !== after[field];
  return (
    predictions.find((c) => givesDateOf(c, after)) ??
    predictions.find((c) => changed(c, "start") || changed(c, "end")) ??
    predictions[0]
  );
}

function givesDateOf(claim: DatedClaim, state: Reported): boolean {
  return (claim.start ?? null) === state.start && (claim.end ?? null) === state.end;
}

/**
 * Who gave an order an event had: the publishers of the predictions known by then that gave it, or, for
 * the event's own relations (no claim gives them), the sources behind the event.
 */
function whoOrdered(
  relations: DatedClaim["relations"],
  state: Reported,
  claims: readonly DatedClaim[],
): string {
  const gave = state.predictions.filter((c) =>
    c.relations.some((r) => relations.some((s) => s.type === r.type && s.event === r.event)),
  );
  const publishers = [...new Set(gave.map((c) => c.source.publisher))].join(", ");
  return publishers || whoSaid({ ...state, current: "own" }, claims);
}

/** Who gave the date an event had: the publishers behind it, or "not announced" if nobody gave one. */
function whoSaid(state: Reported, claims: readonly DatedClaim[]): string {
  const { current } = state;
  if (current === null) return "no date given";
  if (current !== "own") return current.source.publisher;
  // The claim-less citations (they give the event's own fields), and the claims that give its date.
  const backing = claims.filter(
    (c) => !c.outcome && (c.citation.claim === undefined || givesDateOf(c, state)),
  );
  return [...new Set(backing.map((c) => c.source.publisher))].join(", ") || "the dataset";
}
