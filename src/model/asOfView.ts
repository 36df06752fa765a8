import type { Dataset, Source, TimelineEvent } from "../data/schema.ts";
import { claimsAsOfClaims } from "./claimsAsOf.ts";
import { eventAsOf } from "./datasetAsOf.ts";
import { eventClaims, type DatedClaim } from "./eventClaims.ts";
import { itemOverlay, makesOverlay, type ItemOverlay } from "./itemOverlays.ts";
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
 * - a day on or after the last day anything becomes known, when no citation carries a claim or an
 *   outcome (every synthetic dataset): the dataset and items themselves, and no overlays, at no cost;
 * - two days between which nothing becomes known give the same object, and recent days are kept;
 * - an event that stands as it did on another day keeps its event and item objects, so that memoized
 *   work downstream (marks, rows) is not redone for it.
 */
export function asOfView(dataset: Dataset, items: readonly TimelineItem[]): (day: number) => AsOfView {
  const whole: AsOfView = { dataset, items, overlays: NO_OVERLAYS };
  const settled = settledDay(dataset);
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

/**
 * When the dataset stands as it is, with nothing else to draw, without reading a claim: when no citation
 * carries a claim or an outcome, every event's date is its own, so from the day its last page was
 * published (Infinity for an undated page) the as-of dataset is the dataset itself. Null when a citation
 * does carry one, or a relation points to no event (the as-of dataset would drop it).
 */
function settledDay(dataset: Dataset): number | null {
  const published = new Map<string, number>();
  for (const s of dataset.sources)
    published.set(s.id, s.published === null ? Infinity : Date.parse(`${s.published}T00:00:00Z`));
  let ids: Set<string> | null = null;
  let last = -Infinity;
  for (const event of dataset.events) {
    for (const c of event.citations) {
      const day = published.get(c.source);
      if (c.claim !== undefined || c.outcome === true || day === undefined) return null;
      if (day > last) last = day;
    }
    if (event.relations === undefined) continue;
    ids ??= new Set(dataset.events.map((e) => e.id));
    for (const r of event.relations) if (!ids.has(r.event)) return null;
  }
  return last;
}

interface EventEntry {
  readonly event: TimelineEvent;
  readonly claims: readonly DatedClaim[];
  readonly overlays: boolean;
  /** The dataset's own item of the event (null: its show is unknown). */
  readonly item: TimelineItem | null;
  /** The event's other versions met so far, by what tells them apart, with their items once made. */
  readonly versions: Map<string, { readonly event: TimelineEvent; item: TimelineItem | null }>;
}

/** Each event's claims, read once, and the days on which something becomes known (ascending). */
function readClaims(dataset: Dataset, items: readonly TimelineItem[]) {
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const itemOf = new Map(items.map((item) => [item.event, item]));
  const days = new Set<number>();
  const entries: EventEntry[] = dataset.events.map((event) => {
    const claims = eventClaims(event, sources);
    for (const c of claims) if (Number.isFinite(c.shownFrom)) days.add(c.shownFrom);
    return {
      event,
      claims,
      overlays: makesOverlay(event),
      item: itemOf.get(event) ?? null,
      versions: new Map(),
    };
  });
  return {
    entries,
    byId: new Map(entries.map((e) => [e.event.id, e])),
    changeDays: [...days].sort((a, b) => a - b),
  };
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

/** One pass over the events' claims: datasetAsOf, timelineItems and itemOverlays of the day together. */
function viewOn(
  dataset: Dataset,
  whole: AsOfView,
  read: ReturnType<typeof readClaims>,
  day: number,
): AsOfView {
  const states = read.entries.map((entry) => claimsAsOfClaims(entry.event, entry.claims, day));
  const reported = new Set<string>();
  read.entries.forEach((entry, i) => {
    if (states[i]?.state === "reported") reported.add(entry.event.id);
  });
  const events: TimelineEvent[] = [];
  // Each event's item, or the event itself while its item is still to be made.
  const slots: ({ readonly item: TimelineItem } | { readonly fresh: TimelineEvent })[] = [];
  const overlays = new Map<string, ItemOverlay>();
  let unchanged = reported.size === read.entries.length;
  read.entries.forEach((entry, i) => {
    const asOf = states[i];
    if (asOf === undefined) return;
    let event = eventAsOf(entry.event, asOf);
    if (event === null) return;
    if (entry.overlays) {
      const overlay = itemOverlay(entry.event, asOf);
      if (overlay !== null) overlays.set(entry.event.id, overlay);
    }
    // Relations to events not yet reported are left out (as withEventsAsOf does).
    const relations = event.relations;
    if (relations && !relations.every((r) => reported.has(r.event)))
      event = { ...event, relations: relations.filter((r) => reported.has(r.event)) };
    if (event === entry.event) {
      events.push(event);
      if (entry.item) slots.push({ item: entry.item });
      return;
    }
    unchanged = false;
    // A version of the event seen on another day is reused, with its item; a new one is kept.
    const key = versionKey(entry.event, event);
    const seen = entry.versions.get(key);
    if (seen) {
      events.push(seen.event);
      slots.push(seen.item ? { item: seen.item } : { fresh: seen.event });
    } else {
      entry.versions.set(key, { event, item: null });
      events.push(event);
      slots.push({ fresh: event });
    }
  });
  if (unchanged) return { ...whole, overlays };
  // Items for the versions met for the first time, made together (an event of an unknown show has none).
  const fresh = slots.flatMap((slot) => ("fresh" in slot ? [slot.fresh] : []));
  const made = new Map(timelineItems({ ...dataset, events: fresh }).map((item) => [item.event, item]));
  const items: TimelineItem[] = [];
  for (const slot of slots) {
    if ("item" in slot) {
      items.push(slot.item);
      continue;
    }
    const item = made.get(slot.fresh);
    if (!item) continue;
    items.push(item);
    const entry = read.byId.get(slot.fresh.id);
    const version = entry?.versions.get(versionKey(entry.event, slot.fresh));
    if (version) version.item = item;
  }
  return { dataset: { ...dataset, events }, items, overlays };
}
