import { utcLongDay } from "../dates/utcLabels.ts";

const day = utcLongDay;

/** The chart's summary for assistive tech: what is shown, what has no date, and how to move around. */
export function chartSummary(
  events: number,
  shows: number,
  undated: number,
  latestReport: number | null,
): string {
  return (
    `${events === 1 ? "1 event" : `${events} events`} across ${shows === 1 ? "1 show" : `${shows} shows`}` +
    (undated ? `, ${undated} with no announced date` : "") +
    (latestReport === null ? "" : `. Latest report: ${day(new Date(latestReport))}`) +
    ". Arrow keys move between events, Enter opens their sources, + and − zoom, 0 fits, Shift+arrows pan."
  );
}
