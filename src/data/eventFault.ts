import { edtfInterval } from "../dates/edtfInterval.ts";
import type { TimelineEvent } from "./schema.ts";
import { WINDOW_KINDS } from "./vocabulary.ts";

/** What is wrong with an event the schema accepted, against the rest of the dataset. */
export type EventFault =
  | { readonly kind: "unknown show" }
  | { readonly kind: "end of a single date" }
  | { readonly kind: "end without start" }
  | { readonly kind: "end before start" };

/**
 * The first fault of an event checked alone (ids, dates): the show it names must exist, and an end belongs
 * to a window and comes after its start. Null for a good event (nearly all of them), which costs a few
 * lookups: no closure, no date parsed twice. parseDataset() words the fault; the fast path only needs to
 * know there is none. (A citation of an unknown source is the citation's fault, not the event's: it loses
 * only itself, see parseDataset.)
 */
export function eventFault(event: TimelineEvent, showIds: ReadonlySet<string>): EventFault | null {
  if (!showIds.has(event.show)) return { kind: "unknown show" };
  if (event.end != null) {
    if (!WINDOW_KINDS.includes(event.kind)) return { kind: "end of a single date" };
    if (event.start == null) return { kind: "end without start" };
    if (edtfInterval(event.end).latest < edtfInterval(event.start).earliest)
      return { kind: "end before start" };
  }
  return null;
}
