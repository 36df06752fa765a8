import type { TimelineItem } from "./timelineItems.ts";

/**
 * Where an item sorts in time: its earliest possible start, or its one known bound when the start is open
 * ("by 17 January 2016"); undated items sort last.
 */
export function startKey(item: Pick<TimelineItem, "start">): number {
  const { start } = item;
  return start === null ? Infinity : Number.isFinite(start.earliest) ? start.earliest : start.latest;
}

/** Ids in code-unit order: the tie-break that keeps every sort independent of input order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
