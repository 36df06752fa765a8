import type { FuzzyInterval } from "../dates/edtfInterval.ts";
import { DAY_MS } from "./eventClaims.ts";
import { counted } from "./counted.ts";

type Dates = { readonly start: FuzzyInterval | null; readonly end: FuzzyInterval | null };
type Happened = Dates & { readonly unpredicted?: true };

/**
 * How far what happened missed what was reported, on the same side (the start, or the end) as the outcome
 * gives. `from` and `to` are the instants the chart's dotted line joins: the reported edge and the outcome.
 */
export type OverlayMiss =
  /**
   * Nothing reported on the outcome's side (an undated item): there is nothing to measure against; or an
   * outcome too coarse to tell ("May 2021" against "20 May 2021").
   */
  | { readonly type: "unmeasured" }
  | { readonly type: "inside"; readonly field: "start" | "end" }
  | {
      readonly type: "late" | "early";
      readonly field: "start" | "end";
      /** Whole days from the reported edge to the outcome, as the scorecard counts them. */
      readonly days: number;
      /** The outcome is known to more than a day ("March 2017"): the miss is at least `days`. */
      readonly atLeast: boolean;
      readonly from: number;
      readonly to: number;
    };

const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * The misses of an outcome against an item's reported date, as the chart draws them and the table says them:
 * each side that missed, the start's first (a window that began early and ended late missed at both), so
 * that a window that began on time and ended months late is not "inside"; when neither missed, the start's
 * inside (else the end's), or unmeasured. Never empty.
 */
export function overlayMisses(reported: Dates, actual: Happened): readonly [OverlayMiss, ...OverlayMiss[]] {
  // No page predicted it: nothing to measure against.
  if (actual.unpredicted) return [{ type: "unmeasured" }];
  const start = sideMiss(reported.start, actual.start, "start");
  const end = sideMiss(reported.end, actual.end, "end");
  const missed = (miss: OverlayMiss) => miss.type === "late" || miss.type === "early";
  if (missed(start)) return missed(end) ? [start, end] : [start];
  return [missed(end) || start.type === "unmeasured" ? end : start];
}

function sideMiss(
  said: FuzzyInterval | null,
  happened: FuzzyInterval | null,
  field: "start" | "end",
): OverlayMiss {
  if (said === null || happened === null) return { type: "unmeasured" };
  const atLeast = dayOf(happened.latest) > dayOf(happened.earliest);
  if (happened.earliest > said.latest && Number.isFinite(said.latest))
    return {
      type: "late",
      field,
      days: dayOf(happened.earliest) - dayOf(said.latest),
      atLeast,
      from: said.latest,
      to: happened.earliest,
    };
  if (happened.latest < said.earliest && Number.isFinite(said.earliest))
    return {
      type: "early",
      field,
      days: dayOf(said.earliest) - dayOf(happened.latest),
      atLeast,
      from: said.earliest,
      to: happened.latest,
    };
  // Inside only when all it may be is ("May 2021" against "20 May 2021" may be either side): else untold.
  return happened.earliest < said.earliest || happened.latest > said.latest
    ? { type: "unmeasured" }
    : { type: "inside", field };
}

/**
 * The miss in words: "67 days after the reported window", "3 days before the reported end", "at least 29
 * days after the reported end" (an outcome known to its month), "inside the reported window"; null when
 * there is nothing to measure against. A window's start is "the reported start".
 */
export function missWords(miss: OverlayMiss, isWindow: boolean): string | null {
  if (miss.type === "unmeasured") return null;
  const what = miss.field === "end" ? "end" : isWindow ? "start" : "window";
  if (miss.type === "inside") return `inside the reported ${what}`;
  const least = miss.atLeast ? "at least " : "";
  return `${least}${counted(miss.days, "day")} ${miss.type === "late" ? "after" : "before"} the reported ${what}`;
}
