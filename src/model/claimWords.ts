import type { Citation, TimelineEvent } from "../data/schema.ts";
import { eventDateWords } from "./eventDateWords.ts";
import { outcomeDateWords, outcomeVerb } from "./outcomeWords.ts";

// Apart from outcomeWords.ts, which the first draw loads: these are the panel's and the source page's.

/**
 * What one citation claimed, in words, null for none of its own (no claim, or one of certainty only):
 * - its date, "2017", "from April 2016 to October 2016"; a null start, "date not announced" (the source said
 *   no date is known);
 * - an end alone, an outcome as the panel's summary says it, "ended 8 October 2016", a prediction
 *   "ends October 2016";
 * - its order, "gave an order", after the date when it gives both ("date not announced; gave an order").
 */
export function claimWords(
  citation: Pick<Citation, "claim" | "outcome">,
  event: Pick<TimelineEvent, "kind">,
): string | null {
  const { claim } = citation;
  if (claim === undefined) return null;
  const parts: string[] = [];
  const start = claim.start;
  const end = claim.end ?? null;
  if (start != null) {
    parts.push(eventDateWords({ start, end }));
  } else if (end !== null) {
    const dated = { start: null, end };
    if (citation.outcome) parts.push(`${outcomeVerb(event, dated)} ${outcomeDateWords(dated)}`);
    else parts.push(`${start === null ? "start not announced, " : ""}ends ${outcomeDateWords(dated)}`);
  } else if (start === null) {
    parts.push(eventDateWords({ start }));
  }
  if (claim.relations?.length) parts.push("gave an order");
  return parts.length > 0 ? parts.join("; ") : null;
}

/**
 * The line a citation's quote carries, in the panel and on a source page: "Said: 2017", "What happened:
 * ended 8 October 2016". Null for a prediction that claims nothing of its own (it supports the event).
 */
export function citationClaimWords(
  citation: Pick<Citation, "claim" | "outcome">,
  event: Pick<TimelineEvent, "kind">,
): string | null {
  const said = claimWords(citation, event);
  if (citation.outcome) return said ? `What happened: ${said}` : "What happened";
  return said ? `Said: ${said}` : null;
}
