import type { TimelineEvent } from "../data/schema.ts";
import { eventDateWords } from "./eventDateWords.ts";
import type { DatedClaim } from "./eventClaims.ts";
import type { EventAsOf } from "./claimsAsOf.ts";

/** The verb for what happened: "premiered", "started", "ended", "ran", "was announced". */
export function outcomeVerb(
  event: Pick<TimelineEvent, "kind">,
  claim: Pick<DatedClaim, "start" | "end">,
): string {
  if (event.kind === "release") return "premiered";
  if (event.kind === "announcement") return "happened";
  if (claim.start != null && claim.end != null) return "ran";
  return claim.end != null ? "ended" : "started";
}

/** An outcome's own date in words: its start, its end, or both ("from April 2016 to October 2016"). */
export function outcomeDateWords(claim: Pick<DatedClaim, "start" | "end">): string {
  if (claim.start != null && claim.end != null) return eventDateWords(claim);
  return eventDateWords({ start: claim.start ?? claim.end ?? null });
}

/**
 * Reported against actual, in words, for the tooltip and the panel: "reported: 2017 or later; premiered
 * 8 March 2018 (CBR, wiki text)". Null while no outcome is known.
 */
export function outcomeWords(event: TimelineEvent, asOf: EventAsOf): string | null {
  if (asOf.state !== "reported" || asOf.actual === null) return null;
  // An event no page predicted has no report to set beside what happened.
  const reported = asOf.predictions.length > 0 ? [`reported: ${eventDateWords(asOf)}`] : [];
  return [...reported, ...happenedWords(event, asOf.outcomes)].join("; ");
}

/** Each dated outcome in words: "premiered 8 March 2018 (CBR, wiki text)". */
export function happenedWords(event: Pick<TimelineEvent, "kind">, outcomes: readonly DatedClaim[]): string[] {
  return outcomes
    .filter((c) => c.start != null || c.end != null)
    .map((c) => {
      const wiki = c.source.evidence === "wiki" ? ", wiki text" : "";
      return `${outcomeVerb(event, c)} ${outcomeDateWords(c)} (${c.source.publisher}${wiki})`;
    });
}
