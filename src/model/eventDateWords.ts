import type { TimelineEvent } from "../data/schema.ts";
import { dateWords } from "../dates/dateWords.ts";

/** When an event happens, in words: "30 September 2016", "from late 2016, approximately, to March 2017". */
export function eventDateWords(event: Pick<TimelineEvent, "start" | "end">): string {
  if (event.start == null) return "date not announced";
  const start = dateWords(event.start);
  if (event.end == null) return start;
  return `from ${start}${start.includes(",") ? "," : ""} to ${dateWords(event.end)}`;
}
