import { edtfInterval } from "../dates/edtfInterval.ts";
import type { TimelineEvent } from "./schema.ts";
import { WINDOW_KINDS } from "./vocabulary.ts";

/** What is wrong with an event the schema accepted, against the rest of the dataset. */
export type EventFault =
  | { readonly kind: "unknown show" }
  | { readonly kind: "unknown source"; readonly citation: number }
  | { readonly kind: "end of a single date" }
  | { readonly kind: "end without start" }
  | { readonly kind: "end before start" };

/**
 * The first fault of an event checked alone (ids, dates): the show and sources it names must exist, and an
 * end belongs to a window and comes after its start. Null for a good event (nearly all of them), which
 * costs a few lookups: no closure, no date parsed twice. parseDataset() words the fault; the fast path only
 * needs to know there is none.
 */
export function eventFault(
  event: TimelineEvent,
  showIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
): EventFault | null {
  if (!showIds.has(event.show)) return { kind: "unknown show" };
  const { citations } = event;
  for (let c = 0; c < citations.length; c++) {
    if (!sourceIds.has(citations[c]?.source ?? "")) return { kind: "unknown source", citation: c };
  }
  if (event.end != null) {
    if (!WINDOW_KINDS.includes(event.kind)) return { kind: "end of a single date" };
    if (event.start == null) return { kind: "end without start" };
    if (edtfInterval(event.end).latest < edtfInterval(event.start).earliest)
      return { kind: "end before start" };
  }
  return null;
}
