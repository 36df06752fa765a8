import type { FuzzyInterval } from "../dates/edtfInterval.ts";
import type { TimelineItem } from "../model/timelineItems.ts";

/** The middle of what is known of an interval: a side that runs on into the unknown gives way to the other. */
function knownMiddle({ earliest, latest }: FuzzyInterval): number {
  if (!Number.isFinite(earliest)) return latest;
  if (!Number.isFinite(latest)) return earliest;
  return (earliest + latest) / 2;
}

/**
 * The time (UTC ms) a zoom about a dated item keeps in place (`+` and `-` with it focused): its marker's
 * day, or the middle of its window, from its dates alone. Not the middle of its drawn extent, whose open
 * side's fade is as wide on screen at every zoom, so is another time at each: an item known only "by 12
 * May 2016" was moved right by every press, off the plot in eight. Null for an undated item.
 */
export function zoomAnchor(item: TimelineItem): number | null {
  const { start, end } = item;
  if (start === null) return null;
  if (!item.isWindow) return knownMiddle(start);
  // A window not known to end stands at its start, where its marker is.
  if (end === null) return knownMiddle(start);
  const from = Number.isFinite(start.earliest) ? start.earliest : start.latest;
  const to = Number.isFinite(end.latest) ? end.latest : end.earliest;
  return (from + to) / 2;
}
