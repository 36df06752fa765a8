import type { TimelineEvent } from "../data/schema.ts";
import { dateWords } from "../dates/dateWords.ts";

/**
 * When an event happens, in words: "30 September 2016", "from late 2016, approximately, to March 2017",
 * "start not announced, ending September 2016", "from 2016, ending by December 2016".
 */
export function eventDateWords(event: Pick<TimelineEvent, "start" | "end">): string {
  // An end told alone (a window's end, its start not told or moved since) is said, not hidden.
  if (event.start == null)
    return event.end == null ? "date not announced" : `start not announced, ending ${dateWords(event.end)}`;
  const start = dateWords(event.start);
  if (event.end == null) return start;
  const end = dateWords(event.end);
  // An open end ("../2016-12": "by December 2016") does not follow "to".
  if (end.startsWith("by ")) return `from ${start}, ending ${end}`;
  return `from ${start}${start.includes(",") ? "," : ""} to ${end}`;
}
