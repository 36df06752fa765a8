import { edtfInterval } from "../dates/edtfInterval.ts";
import { ANNOUNCEMENT_DAYS } from "./announcement.ts";
import type { Citation, Source, TimelineEvent } from "./schema.ts";
import { WINDOW_KINDS } from "./vocabulary.ts";

/**
 * Why a citation the schema accepted cannot stand: a claim's end on a single date, or before its start, or an
 * outcome reported before it could be known.
 */
export type CitationFault = "end of a single date" | "end before start" | "outcome after its page";

const DAY_MS = 86_400_000;

/** A citation that makes no claim and reports no outcome (most do): it has nothing citationFault() looks at. */
export const claimsNothing = ({ claim, outcome }: Citation): boolean =>
  claim === undefined && outcome !== true;

/**
 * A page cannot report what had not happened yet, beyond announcing it a few weeks ahead; and a claim's end
 * belongs to windows only, after the claim's start. Null when the citation can stand.
 */
export function citationFault(
  event: TimelineEvent,
  citation: Citation,
  sources: ReadonlyMap<string, Source>,
): CitationFault | null {
  const { claim } = citation;
  if (claim?.end != null) {
    if (!WINDOW_KINDS.includes(event.kind)) return "end of a single date";
    if (claim.start != null && edtfInterval(claim.end).latest < edtfInterval(claim.start).earliest)
      return "end before start";
  }
  if (citation.outcome !== true) return null;
  const published = sources.get(citation.source)?.published;
  const reported = claim?.end ?? claim?.start;
  if (published == null || reported == null) return null;
  const limit = Date.parse(published) + ANNOUNCEMENT_DAYS * DAY_MS;
  return edtfInterval(reported).earliest <= limit ? null : "outcome after its page";
}
