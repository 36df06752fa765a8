import type { Dataset, EventKind, TimelineEvent } from "../data/schema.ts";
import { edtfInterval } from "../dates/edtfInterval.ts";
import { claimsAsOfClaims, outcomeGiving } from "./claimsAsOf.ts";
import { compareNames } from "./compareNames.ts";
import { counted } from "./counted.ts";
import { DAY_MS, eventClaims, type DatedClaim } from "./eventClaims.ts";
import { orderCameTrue } from "./orderCameTrue.ts";

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/** How an order claim's reasons begin. */
const ORDER_CLAIM = "order claim: ";

/** How one prediction fared against what happened. */
export type Score =
  | {
      readonly type: "window";
      /** Which end of the event: a milestone's day, or a window's start or end. */
      readonly field: "start" | "end";
      readonly verdict: "inside" | "early" | "late";
      /** Days from the reported window to the outcome: 0 inside, negative when it came early. */
      readonly missDays: number;
      /** The reported window had an open end ("2017 or later"), so it could only be missed one way. */
      readonly openEnded: boolean;
      /**
       * The outcome is known to more than a day ("March 2017"): a miss is counted from its nearest day, and
       * is at least that.
       */
      readonly atLeast: boolean;
      readonly predicted: string;
      readonly actual: string;
      /** The outcome citation scored against. */
      readonly outcome: DatedClaim;
    }
  | {
      readonly type: "order";
      readonly verdict: "right" | "wrong";
      readonly relation: Relation;
      /** The outcomes compared: this event's and the other's. */
      readonly outcome: DatedClaim;
      readonly other: DatedClaim;
    }
  | {
      readonly type: "unscorable";
      readonly reason: string;
      /** Which end of a dated claim the row is about, when it is one (a window's end has a row of its own). */
      readonly field?: "start" | "end";
      /** The same claim as another quote of its page: counted once, as that one, and not as unscored. */
      readonly repeat?: true;
      /** The outcome the row's date would be scored against, where one is known (what happened). */
      readonly outcome?: DatedClaim;
      /** An order's: the other event's outcome, beside this one's (both known: what happened). */
      readonly other?: DatedClaim;
    };

export interface ScoreRow {
  readonly event: TimelineEvent;
  readonly claim: DatedClaim;
  readonly score: Score;
}

/**
 * Scores every prediction. A dated claim is scored by whether the outcome fell inside the reported window
 * and by how many days it missed; an order-only claim by whether the order came true. Whatever cannot be
 * scored gets a row that says why.
 */
export function scoreClaims(dataset: Dataset): ScoreRow[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const claimsOf = new Map(dataset.events.map((e) => [e.id, eventClaims(e, sources)]));
  const finalOf = (event: TimelineEvent) => {
    const state = claimsAsOfClaims(event, claimsOf.get(event.id) ?? [], Infinity);
    return state.state === "reported" ? state : null;
  };
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  /** The outcome giving this field, as the timeline's "what happened" reads it. */
  const outcomeFor = (event: TimelineEvent, field: "start" | "end") => {
    const final = finalOf(event);
    return final ? outcomeGiving(final.outcomes, field) : null;
  };

  const rows: ScoreRow[] = [];
  for (const event of dataset.events) {
    const predictions = (claimsOf.get(event.id) ?? []).filter((c) => !c.outcome);
    const hasOutcome = (finalOf(event)?.outcomes.length ?? 0) > 0;
    // Two quotes of one page that claim the same are one prediction of that publisher, not two.
    const said = new Set<string>();
    for (const claim of predictions) {
      const push = (score: Score) => rows.push({ event, claim, score });
      const key = JSON.stringify([claim.source.id, claim.start, claim.end, claim.citation.claim?.relations]);
      if (said.has(key)) {
        push({
          type: "unscorable",
          reason: "the same claim as another quote of this page: counted once",
          repeat: true,
        });
        continue;
      }
      said.add(key);
      if (!hasOutcome) {
        push({ type: "unscorable", reason: "no outcome is recorded for this event" });
        continue;
      }
      let scored = false;
      for (const field of ["start", "end"] as const) {
        const predicted = claim[field];
        if (predicted == null) continue;
        const outcome = outcomeFor(event, field);
        const actual = outcome?.[field];
        if (!outcome || actual == null) {
          push({
            type: "unscorable",
            reason: `no outcome gives the ${field === "start" ? "date" : "end"}`,
            field,
          });
        } else {
          push(unlessTold(claim, [actual], windowScore(field, predicted, actual, outcome)));
        }
        scored = true;
      }
      if (scored) continue;
      const order = ordersGiven(claim);
      if (order.length === 0) {
        push({ type: "unscorable", reason: "gives no date and no order" });
        continue;
      }
      for (const relation of order) {
        const other = events.get(relation.event);
        const mine = outcomeFor(event, "start");
        const theirs = other ? outcomeFor(other, "start") : null;
        if (!mine || !theirs) {
          push({ type: "unscorable", reason: `${ORDER_CLAIM}no outcome for one of the two events` });
          continue;
        }
        const cameTrue = orderCameTrue(relation, mine, theirs);
        const score: Score =
          cameTrue === null
            ? {
                type: "unscorable",
                reason: `${ORDER_CLAIM}the outcomes' dates do not tell which came first`,
                outcome: mine,
                other: theirs,
              }
            : {
                type: "order",
                verdict: cameTrue ? "right" : "wrong",
                relation,
                outcome: mine,
                other: theirs,
              };
        push(unlessTold(claim, [mine.start ?? "", theirs.start ?? ""], score, ORDER_CLAIM));
      }
    }
  }
  return rows;
}

/**
 * The orders a source itself gave, which alone are scored and said: a citation without a claim backs the
 * event, not every order the dataset records for it.
 */
export function ordersGiven(claim: DatedClaim): readonly Relation[] {
  return claim.citation.claim?.relations ?? [];
}

const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * The score, or "not scored" when the claim was no prediction of these outcome dates: a page dated after
 * what it tells had happened reports it, and one dated within an outcome's span ("2017") may. A page that
 * prints no date cannot be placed before anything. Scoring either would count hindsight as foresight; the
 * reason still says how the claim turned out.
 */
function unlessTold(claim: DatedClaim, actual: readonly string[], score: Score, prefix = ""): Score {
  const unscored = (why: string): Score => ({
    type: "unscorable",
    reason: `${prefix}${why} (as it turned out: ${scoreWords(score)})`,
    ...(score.type === "window"
      ? { field: score.field, outcome: score.outcome }
      : score.type === "order"
        ? { outcome: score.outcome, other: score.other }
        : {}),
  });
  if (claim.knownFrom === Infinity) return unscored("its page prints no date: not known to be a prediction");
  const published = dayOf(claim.knownFrom);
  const spans = actual.map((date) => edtfInterval(date));
  const begun = spans.filter((span) => published >= dayOf(span.earliest));
  if (begun.length === 0) return score;
  const when = begun.some((span) => published > dayOf(span.latest))
    ? "published after it happened"
    : begun.some((span) => published === dayOf(span.latest))
      ? "published the day it happened"
      : "published when it may already have happened";
  return unscored(`${when}, a report and not a prediction`);
}

/** "inside the reported window", "47 days late", "right order": a score's result in words. */
export function scoreWords(score: Score): string {
  if (score.type === "unscorable") return score.reason.replace(ORDER_CLAIM, "");
  if (score.type === "order") return `${score.verdict} order`;
  const end = score.field === "end" ? "its end " : "";
  if (score.verdict === "inside") return `${end}inside the reported window`;
  return `${end}${score.atLeast ? "at least " : ""}${counted(Math.abs(score.missDays), "day")} ${score.verdict}`;
}

function windowScore(field: "start" | "end", predicted: string, actual: string, outcome: DatedClaim): Score {
  const p = edtfInterval(predicted);
  const o = edtfInterval(actual);
  const base = {
    type: "window" as const,
    field,
    predicted,
    actual,
    outcome,
    openEnded: !Number.isFinite(p.latest) || !Number.isFinite(p.earliest),
    atLeast: dayOf(o.latest) > dayOf(o.earliest),
  };
  if (o.latest < p.earliest)
    return { ...base, verdict: "early", missDays: dayOf(o.latest) - dayOf(p.earliest) };
  if (o.earliest > p.latest)
    return { ...base, verdict: "late", missDays: dayOf(o.earliest) - dayOf(p.latest) };
  // Inside only when all the outcome may be is: "May 2021" against "20 May 2021" may be either side.
  if (o.earliest < p.earliest || o.latest > p.latest)
    return {
      type: "unscorable",
      reason: "the outcome's date is too coarse to tell whether it fell inside",
      field,
      outcome,
    };
  return { ...base, verdict: "inside", missDays: 0 };
}

/** Counts for one publisher or one kind. */
export interface ScoreSummary {
  readonly key: string;
  readonly inside: number;
  readonly missed: number;
  /** The median of the misses, in days (absolute), among dated predictions that missed; null for none. */
  readonly medianMissDays: number | null;
  /** A miss it is taken from is "at least" so many days (an outcome known to its month): so is the median. */
  readonly medianAtLeast: boolean;
  readonly rightOrder: number;
  readonly wrongOrder: number;
  readonly unscorable: number;
}

/** Summaries per publisher or per event kind, sorted by key in a reader's order (compareNames). */
export function scoreSummary(rows: readonly ScoreRow[], by: "publisher" | "kind"): ScoreSummary[] {
  const groups = new Map<string, ScoreRow[]>();
  for (const row of rows) {
    const key = by === "publisher" ? row.claim.source.publisher : (row.event.kind satisfies EventKind);
    // Pushed, not copied: a copy per row was quadratic in a publisher's predictions.
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([key, group]) => {
      const missing = group.flatMap((r) =>
        r.score.type === "window" && r.score.verdict !== "inside" ? [r.score] : [],
      );
      const misses = missing.map((score) => Math.abs(score.missDays));
      const count = (test: (s: Score) => boolean) => group.filter((r) => test(r.score)).length;
      return {
        key,
        inside: count((s) => s.type === "window" && s.verdict === "inside"),
        missed: misses.length,
        medianMissDays: median(misses),
        // Each such miss is the least it may be, and so is a median of them.
        medianAtLeast: missing.some((score) => score.atLeast),
        rightOrder: count((s) => s.type === "order" && s.verdict === "right"),
        wrongOrder: count((s) => s.type === "order" && s.verdict === "wrong"),
        unscorable: count((s) => s.type === "unscorable" && !s.repeat),
      };
    });
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
