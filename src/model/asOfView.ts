import type { Dataset, Source, TimelineEvent } from "../data/schema.ts";
import { claimsAsOfClaims } from "./claimsAsOf.ts";
import { eventAsOf } from "./datasetAsOf.ts";
import { eventClaims, type DatedClaim } from "./eventClaims.ts";
import { addOrderMisses, itemOverlay, makesOverlay, type ItemOverlay } from "./itemOverlays.ts";
import { settledDay } from "./settledDay.ts";
import { timelineItems, type TimelineItem } from "./timelineItems.ts";

/** The dataset, its items and each item's ghosts and outcome, as known on a day. */
export interface AsOfView {
  readonly dataset: Dataset;
  readonly items: readonly TimelineItem[];
  /** Each item's ghosts (superseded claims) and outcome as of the day, by id. */
  readonly overlays: ReadonlyMap<string, ItemOverlay>;
}

/** Views kept for days seen lately: stepping back and forth through the reports redoes nothing. */
const KEPT_DAYS = 16;
const NO_OVERLAYS: ReadonlyMap<string, ItemOverlay> = new Map();

/**
 * The as-of view of a dataset whose items are `items` (timelineItems of it): a function of the day (UTC
 * ms; Infinity: how it turned out) giving what datasetAsOf, timelineItems and itemOverlays give for that
 * day, in one pass over each event's claims (read once, on the first call), and with these shortcuts:
 * - a day on or after the last day anything becomes known (`settled`: settledDay's, when no citation
 *   carries a claim or an outcome, as in every synthetic dataset): the dataset and items themselves, and no
 *   overlays, at no cost;
 * - an event that can have no ghost or outcome (its citations carry no claim of their own) is not read on a
 *   day before its first page (not on the timeline yet) or from its last (itself); only days between read
 *   its claims, which are not kept: at 100k events the first step back from the end took 0.5 s, mostly
 *   allocating (and collecting) a day's state for every event;
 * - two days between which nothing becomes known give the same object, and recent days are kept;
 * - an event that stands as it did on another day keeps its event and item objects, so that memoized
 *   work downstream (marks, rows) is not redone for it.
 */
export function asOfView(
  dataset: Dataset,
  items: readonly TimelineItem[],
  settled: number | null = settledDay(dataset),
): (day: number) => AsOfView {
  const whole: AsOfView = { dataset, items, overlays: NO_OVERLAYS };
  let read: ReturnType<typeof readClaims> | null = null;
  const kept = new Map<number, AsOfView>();
  return (day) => {
    if (settled !== null && day >= settled) return whole;
    read ??= readClaims(dataset, items);
    const key = lastChangeBy(read.changeDays, day);
    const found = kept.get(key);
    if (found) {
      // Most recently used last: the oldest is the first one dropped.
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const view = viewOn(dataset, whole, read, day);
    kept.set(key, view);
    if (kept.size > KEPT_DAYS) kept.delete(kept.keys().next().value as number);
    return view;
  };
}

interface EventEntry {
  readonly event: TimelineEvent;
  /**
   * Its claims: kept for an event that can have ghosts or an outcome, which every day reads; for another,
   * read again on a day that falls between its first report and its last (see `reportedFrom`).
   */
  claims: readonly DatedClaim[] | null;
  readonly overlays: boolean;
  /** The first day a prediction of it is known, before which it is not on the timeline (Infinity: never). */
  readonly reportedFrom: number;
  /**
   * The day from which it stands as itself: every citation's claim known, and every outcome shown (null:
   * never, as when a citation's page is not in the dataset). Between the two, its claims are read.
   */
  readonly wholeFrom: number | null;
  /** The dataset's own item of the event (null: its show is unknown). */
  readonly item: TimelineItem | null;
  /** The event's other versions met so far, by what tells them apart, with their items once made. */
  versions: Map<string, { readonly event: TimelineEvent; item: TimelineItem | null }> | null;
}

/** Each event's claims, read once, and the days on which something becomes known (ascending). */
function readClaims(dataset: Dataset, items: readonly TimelineItem[]) {
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const itemOf = new Map(items.map((item) => [item.event, item]));
  const days = new Set<number>();
  const entries: EventEntry[] = dataset.events.map((event) => {
    const claims = eventClaims(event, sources);
    let reportedFrom = Infinity;
    let wholeFrom = -Infinity;
    for (const c of claims) {
      if (Number.isFinite(c.shownFrom)) days.add(c.shownFrom);
      if (!c.outcome) reportedFrom = Math.min(reportedFrom, c.knownFrom);
      wholeFrom = Math.max(wholeFrom, c.outcome ? c.shownFrom : c.knownFrom);
    }
    const overlays = makesOverlay(event);
    return {
      event,
      // Most events of a large dataset make no overlay: their claims are not kept (nor held by the heap).
      claims: overlays ? claims : null,
      overlays,
      reportedFrom,
      wholeFrom: claims.length === event.citations.length ? wholeFrom : null,
      item: itemOf.get(event) ?? null,
      versions: null,
    };
  });
  return { entries, sources, changeDays: [...days].sort((a, b) => a - b) };
}

/**
 * The last day on or before `day` on which something becomes known (the as-of rule compares days with
 * these only, so every day from it to the next one gives the same view); -Infinity before the first one,
 * Infinity for "how it turned out" (undated pages count only then).
 */
function lastChangeBy(changeDays: readonly number[], day: number): number {
  if (day === Infinity) return Infinity;
  let lo = 0;
  let hi = changeDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((changeDays[mid] ?? Infinity) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -Infinity : (changeDays[lo - 1] ?? -Infinity);
}

/**
 * What tells two versions of an event apart: the fields the as-of rule sets, and which of its citations
 * are kept (by index: they are the event's own citation objects).
 */
function versionKey(original: TimelineEvent, event: TimelineEvent): string {
  const kept = event.citations.map((c) => original.citations.indexOf(c));
  return JSON.stringify([event.start, event.end, event.certainty, event.relations, kept]);
}

/**
 * An event's state on the day: "unreported" before its first report, "whole" once it stands as itself
 * (neither needs its claims read); else, or when it can have ghosts or an outcome, claimsAsOf's.
 */
function stateOn(entry: EventEntry, sources: ReadonlyMap<string, Source>, day: number) {
  if (!entry.overlays) {
    if (day < entry.reportedFrom) return "unreported";
    if (entry.wholeFrom !== null && day >= entry.wholeFrom) return "whole";
  }
  entry.claims ??= eventClaims(entry.event, sources);
  return claimsAsOfClaims(entry.event, entry.claims, day);
}

/** One pass over the events' claims: datasetAsOf, timelineItems and itemOverlays of the day together. */
function viewOn(
  dataset: Dataset,
  whole: AsOfView,
  read: ReturnType<typeof readClaims>,
  day: number,
): AsOfView {
  const { entries, sources } = read;
  const states = entries.map((entry) => stateOn(entry, sources, day));
  const isReported = (state: (typeof states)[number]) =>
    state === "whole" || (state !== "unreported" && state.state === "reported");
  let reportedCount = 0;
  for (const state of states) if (isReported(state)) reportedCount += 1;
  // The ids reported, for relations only: made when the first event with relations asks.
  let reportedIds: Set<string> | null = null;
  const reported = (id: string) => {
    if (reportedIds === null) {
      const ids = new Set<string>();
      states.forEach((state, i) => {
        const event = entries[i]?.event;
        if (event && isReported(state)) ids.add(event.id);
      });
      reportedIds = ids;
    }
    return reportedIds.has(id);
  };
  const events: TimelineEvent[] = [];
  // Each event's item; null while it is still to be made, for the versions listed in `fresh`.
  const slots: (TimelineItem | null)[] = [];
  const fresh: { readonly at: number; readonly entry: EventEntry; readonly event: TimelineEvent }[] = [];
  const overlays = new Map<string, ItemOverlay>();
  let unchanged = reportedCount === entries.length;
  entries.forEach((entry, i) => {
    const asOf = states[i];
    if (asOf === undefined || asOf === "unreported") return;
    let event = asOf === "whole" ? entry.event : eventAsOf(entry.event, asOf);
    if (event === null) return;
    if (entry.overlays && asOf !== "whole") {
      const overlay = itemOverlay(entry.event, asOf);
      if (overlay !== null) overlays.set(entry.event.id, overlay);
    }
    // Relations to events not yet reported are left out (as withEventsAsOf does).
    const relations = event.relations;
    if (relations && !relations.every((r) => reported(r.event)))
      event = { ...event, relations: relations.filter((r) => reported(r.event)) };
    if (event === entry.event) {
      events.push(event);
      if (entry.item) slots.push(entry.item);
      return;
    }
    unchanged = false;
    // A version of the event seen on another day is reused, with its item; a new one is kept.
    const key = versionKey(entry.event, event);
    entry.versions ??= new Map();
    const seen = entry.versions.get(key);
    if (seen) {
      events.push(seen.event);
      if (seen.item) slots.push(seen.item);
      else fresh.push({ at: slots.push(null) - 1, entry, event: seen.event });
    } else {
      entry.versions.set(key, { event, item: null });
      events.push(event);
      fresh.push({ at: slots.push(null) - 1, entry, event });
    }
  });
  if (overlays.size > 0) {
    // An order is judged by the other event's outcome of the day: each event's state, by id, once asked.
    let byId: ReadonlyMap<string, number> | null = null;
    addOrderMisses(
      overlays,
      (id) => {
        byId ??= new Map(entries.map((entry, i) => [entry.event.id, i]));
        const state = states[byId.get(id) ?? -1];
        return state === undefined || typeof state === "string" ? null : state;
      },
      dataset,
    );
  }
  if (unchanged) return { ...whole, overlays };
  // Items for the versions met for the first time, made together (an event of an unknown show has none).
  const made = new Map(
    timelineItems({ ...dataset, events: fresh.map((f) => f.event) }).map((item) => [item.event, item]),
  );
  for (const { at, entry, event } of fresh) {
    const item = made.get(event) ?? null;
    slots[at] = item;
    const version = entry.versions?.get(versionKey(entry.event, event));
    if (version && item) version.item = item;
  }
  const items = slots.filter((item) => item !== null);
  return { dataset: { ...dataset, events }, items, overlays };
}
