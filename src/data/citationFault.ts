import { edtfInterval } from "../dates/edtfInterval.ts";
import { ANNOUNCEMENT_DAYS } from "./announcement.ts";
import type { Citation, Source, TimelineEvent } from "./schema.ts";
import { WINDOW_KINDS } from "./vocabulary.ts";

/** Why a citation the schema accepted cannot stand: a claim's end on a single date, or an outcome reported before it could be known. */
export type CitationFault = "end of a single date" | "outcome after its page";

const DAY_MS = 86_400_000;

/** A citation that makes no claim and reports no outcome (most do): it has nothing citationFault() looks at. */
export const claimsNothing = ({ claim, outcome }: Citation): boolean =>
  claim === undefined && outcome !== true;

/**
 * A page cannot report what had not happened yet, beyond announcing it a few weeks ahead; and a claim's end
 * belongs to windows only. Null when the citation can stand.
 */
export function citationFault(
  event: TimelineEvent,
  citation: Citation,
  sources: ReadonlyMap<string, Source>,
): CitationFault | null {
  const { claim } = citation;
  if (claim?.end != null && !WINDOW_KINDS.includes(event.kind)) return "end of a single date";
  if (citation.outcome !== true) return null;
  const published = sources.get(citation.source)?.published;
  const reported = claim?.end ?? claim?.start;
  if (published == null || reported == null) return null;
  const limit = Date.parse(published) + ANNOUNCEMENT_DAYS * DAY_MS;
  return edtfInterval(reported).earliest <= limit ? null : "outcome after its page";
}
