import type { TimelineEvent } from "../data/schema.ts";
import { dateWords } from "../dates/dateWords.ts";

/**
 * When an event happens, in words: "30 September 2016", "from late 2016, approximately, to March 2017",
 * "start not announced, to September 2016".
 */
export function eventDateWords(event: Pick<TimelineEvent, "start" | "end">): string {
  // An end told alone (a window's end, its start not told or moved since) is said, not hidden.
  if (event.start == null)
    return event.end == null ? "date not announced" : `start not announced, to ${dateWords(event.end)}`;
  const start = dateWords(event.start);
  if (event.end == null) return start;
  return `from ${start}${start.includes(",") ? "," : ""} to ${dateWords(event.end)}`;
}
