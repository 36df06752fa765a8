import type { Source, TimelineEvent } from "../data/schema.ts";
import { claimsAsOf } from "./claimsAsOf.ts";
import type { DatedClaim } from "./eventClaims.ts";
import { eventDateWords } from "./eventDateWords.ts";
import { outcomeDateWords, outcomeVerb } from "./outcomeWords.ts";

/** One date beside an item, in words, with the citation that gave it: what its receipt links to. */
export interface Receipt {
  /** "was 2017", "premiered 8 March 2018". */
  readonly words: string;
  readonly source: Source;
  readonly quote: string;
  /** Which ends of the event it gives a date for: what a miss measured on that end is read from. */
  readonly gives: { readonly start: boolean; readonly end: boolean };
}

/** An item's ghosts and outcomes as of a day, each with its receipt. */
export interface ItemReceipts {
  /** Superseded claims, oldest first: the chart's ghosts. */
  readonly ghosts: readonly Receipt[];
  /** Each dated outcome known by the day, in the order they became known. */
  readonly outcomes: readonly Receipt[];
}

const receipt = (claim: DatedClaim, words: string): Receipt => ({
  words,
  source: claim.source,
  quote: claim.citation.quote,
  gives: { start: claim.start != null, end: claim.end != null },
});

/**
 * The claims behind an item's overlay (itemOverlays) on a day, by the same as-of rule, keeping which
 * citation said each: `event` is the event as the dataset has it, not as of the day.
 */
export function itemReceipts(
  event: TimelineEvent,
  sources: ReadonlyMap<string, Source>,
  day: number,
): ItemReceipts {
  const asOf = claimsAsOf(event, sources, day);
  if (asOf.state === "unreported") return { ghosts: [], outcomes: [] };
  return {
    ghosts: asOf.superseded.map((c) =>
      receipt(c, `was ${eventDateWords({ start: c.start ?? null, end: c.end ?? null })}`),
    ),
    outcomes: asOf.outcomes
      .filter((c) => c.start != null || c.end != null)
      .map((c) => receipt(c, `${outcomeVerb(event, c)} ${outcomeDateWords(c)}`)),
  };
}
