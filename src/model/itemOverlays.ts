import type { Dataset, Source, TimelineEvent } from "../data/schema.ts";
import { edtfInterval, type FuzzyInterval } from "../dates/edtfInterval.ts";
import { claimsAsOf, outcomeGiving, type EventAsOf } from "./claimsAsOf.ts";
import type { DatedClaim } from "./eventClaims.ts";
import { eventDateWords } from "./eventDateWords.ts";
import { orderMisses, orderMissWords } from "./orderMisses.ts";
import { happenedWords } from "./outcomeWords.ts";

/** A date drawn beside an item: its start and end parsed (null: not given). */
export interface OverlayDate {
  readonly start: FuzzyInterval | null;
  readonly end: FuzzyInterval | null;
  /** In words, for the item's accessible name: "was 2017 (Player.One)", "premiered 8 March 2018 (CBR)". */
  readonly words: string;
  /** An outcome of an event no page predicted: its date is the outcome's own, with no report to miss. */
  readonly unpredicted?: true;
  /** Orders predicted that came out the other way, in words (orderMisses): in `words` too. */
  readonly wrongOrders?: readonly string[];
}

/** What is drawn beside an item as of a day, besides its current date. */
export interface ItemOverlay {
  /** Superseded claims, oldest first: the faint ghosts. */
  readonly ghosts: readonly OverlayDate[];
  /** What happened, from the newest known outcome giving each end; null while none is known by the day. */
  readonly actual: OverlayDate | null;
}

const parse = (value: string | null | undefined) => (value == null ? null : edtfInterval(value));

function ghost(claim: DatedClaim): OverlayDate {
  const words = eventDateWords({ start: claim.start ?? null, end: claim.end ?? null });
  return {
    start: parse(claim.start),
    end: parse(claim.end),
    words: `was ${words} (${claim.source.publisher})`,
  };
}

/**
 * Each event's ghosts and outcome as of a day (UTC ms; Infinity: how it turned out), by event id. The as-of
 * dataset keeps only the date of the day; this keeps what it replaced and what happened. Events with
 * neither are left out.
 */
export function itemOverlays(dataset: Dataset, day: number): ReadonlyMap<string, ItemOverlay> {
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const overlays = new Map<string, ItemOverlay>();
  const states = new Map<string, EventAsOf>();
  for (const event of dataset.events) {
    // Citations that only support the event's own date make neither ghosts nor outcomes: most events of a
    // large dataset are skipped without reading their claims.
    if (!makesOverlay(event)) continue;
    const state = claimsAsOf(event, sources, day);
    states.set(event.id, state);
    const overlay = itemOverlay(event, state);
    if (overlay !== null) overlays.set(event.id, overlay);
  }
  addOrderMisses(overlays, (id) => states.get(id) ?? null, dataset);
  return overlays;
}

/**
 * Adds to each outcome the orders predicted of its event that came out the other way (orderMisses), judged
 * by the outcomes of both events known on the day (`asOf` gives each event's state, null for one that can
 * have no outcome): in its words, which the item's name says, and listed, for the table. In place.
 */
export function addOrderMisses(
  overlays: Map<string, ItemOverlay>,
  asOf: (eventId: string) => EventAsOf | null,
  dataset: Dataset,
): void {
  const startOutcome = (id: string) => {
    const state = asOf(id);
    return state?.state === "reported" ? outcomeGiving(state.outcomes, "start") : null;
  };
  let labels: ReadonlyMap<string, string> | null = null;
  for (const [id, overlay] of overlays) {
    const state = overlay.actual && asOf(id);
    if (!overlay.actual || !state || state.state !== "reported") continue;
    const misses = orderMisses(state.predictions, state.outcomes, startOutcome);
    if (misses.length === 0) continue;
    labels ??= new Map(dataset.events.map((e) => [e.id, e.label]));
    const label = (other: string) => labels?.get(other) ?? other;
    const wrongOrders = misses.map((miss) => orderMissWords(miss, label));
    const words = [overlay.actual.words, ...wrongOrders].filter(Boolean).join("; ");
    overlays.set(id, { ...overlay, actual: { ...overlay.actual, words, wrongOrders } });
  }
}

/** Whether an event can have ghosts or an outcome: some citation carries a claim or is an outcome. */
export function makesOverlay(event: TimelineEvent): boolean {
  return event.citations.some((c) => c.claim !== undefined || c.outcome === true);
}

/** One event's ghosts and outcome, from what was known of it on the day (claimsAsOf); null for neither. */
export function itemOverlay(event: TimelineEvent, asOf: EventAsOf): ItemOverlay | null {
  if (asOf.state === "unreported") return null;
  const ghosts = asOf.superseded.map(ghost);
  const actual: OverlayDate | null =
    asOf.actual === null
      ? null
      : {
          start: parse(asOf.actual.start),
          end: parse(asOf.actual.end),
          words: happenedWords(event, asOf.outcomes).join("; "),
          ...(asOf.predictions.length === 0 && { unpredicted: true as const }),
        };
  return ghosts.length > 0 || actual !== null ? { ghosts, actual } : null;
}
