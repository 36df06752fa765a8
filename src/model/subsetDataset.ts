import type { Citation, Dataset, Show, TimelineEvent } from "../data/schema.ts";
import { dayWords } from "../dates/dayWords.ts";
import { counted } from "./counted.ts";
import { runSteps } from "./runSteps.ts";
import { SAVING, type SavingStep } from "./savingStep.ts";
import { selectionTitle } from "./selectionTitle.ts";
import { showColors } from "./showColors.ts";

/** The schema's limit on a note (schema.ts). */
const NOTE_MAX = 2000;

/**
 * The shows a selection keeps. A show without a colour of its own is drawn in the palette's colour for its
 * place among the shows, which a show left out moves: each such show is given the colour it was drawn in,
 * so that the saved file opens in the colours it was saved from.
 */
function keptShows(shows: readonly Show[], kept: ReadonlySet<string>): Show[] {
  const chosen = shows.filter((show) => kept.has(show.id));
  if (chosen.length === shows.length) return chosen;
  const drawn = showColors(shows);
  return chosen.map((show) => {
    const color = drawn.get(show.id);
    return show.color === undefined && color !== undefined ? { ...show, color } : show;
  });
}

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/**
 * The dataset cut to the events shown, still valid on its own: only the shows and sources they use, and no
 * relation to an event left out, the event's own or a claim's. Each such relation is named in its event's
 * note, and the title says the file is a selection. A dataset as known on a day (`asOf`, UTC ms; null: as it
 * all turned out) says that day in its title, and a claim's relation to an event not reported by then (no
 * event of the dataset) is named as that, not as one to an event filtered out. The `$schema` address is
 * dropped: it was relative to where the original lives.
 */
export function subsetDataset(
  dataset: Dataset,
  keep: ReadonlySet<string>,
  asOf: number | null = null,
): Dataset {
  return runSteps(subsetDatasetSteps(dataset, keep, asOf));
}

/** subsetDataset as steps, one per event kept: what the page paces (saveExport). */
export function* subsetDatasetSteps(
  dataset: Dataset,
  keep: ReadonlySet<string>,
  asOf: number | null = null,
): Generator<SavingStep, Dataset> {
  const events = dataset.events.filter((event) => keep.has(event.id));
  const whole = events.length === dataset.events.length;
  const reasons: LeftOutReasons = {
    filtered: "Saved from a filtered view",
    unreported: asOf === null ? "Saved" : `Saved as known on ${dayWords(asOf)}`,
    isReported: lazyIds(dataset),
    publisherOf: (id) => dataset.sources.find((source) => source.id === id)?.publisher ?? id,
  };
  const saved: TimelineEvent[] = [];
  for (const event of events) {
    saved.push(withoutEndAlone(withoutOutside(event, keep, reasons), reasons.unreported));
    yield SAVING;
  }
  const cited = new Set(saved.flatMap((event) => event.citations.map((c) => c.source)));
  const shown = new Set(events.map((event) => event.show));
  const { $schema: _address, ...rest } = dataset;
  void _address;
  return {
    ...rest,
    ...(whole && asOf === null ? {} : { title: selectionTitle(dataset, events.length, asOf) }),
    shows: whole ? dataset.shows : keptShows(dataset.shows, shown),
    sources: dataset.sources.filter((source) => cited.has(source.id)),
    events: saved,
  };
}

/** How the notes say why a relation was left out, and which events the dataset has. */
interface LeftOutReasons {
  /** "Saved from a filtered view": the note's words for a relation to an event filtered out. */
  readonly filtered: string;
  /** The same for a relation to an event the dataset does not have (not reported by its day). */
  readonly unreported: string;
  readonly isReported: (id: string) => boolean;
  /** A source's publisher, by its id, for the note. */
  readonly publisherOf: (id: string) => string;
}

/** Whether the dataset has an event of an id, its ids gathered on the first question only. */
function lazyIds(dataset: Dataset): (id: string) => boolean {
  let ids: ReadonlySet<string> | null = null;
  return (id) => (ids ??= new Set(dataset.events.map((e) => e.id))).has(id);
}

/** The event without its relations (and its claims' relations) to events left out, its note saying which. */
function withoutOutside(
  event: TimelineEvent,
  keep: ReadonlySet<string>,
  reasons: LeftOutReasons,
): TimelineEvent {
  const outside: Relation[] = [];
  const inside = (relations: readonly Relation[]) => {
    const kept = relations.filter((relation) => keep.has(relation.event));
    outside.push(...relations.filter((relation) => !keep.has(relation.event)));
    return kept;
  };
  const relations = event.relations && inside(event.relations);
  const trimmed = event.citations.map((citation): { readonly citation: Citation; readonly says: boolean } => {
    const claim = citation.claim;
    if (!claim?.relations) return { citation, says: true };
    const kept = inside(claim.relations);
    if (kept.length === claim.relations.length) return { citation, says: true };
    // An order-only claim with none of its orders left says nothing of this event any more.
    if (kept.length === 0 && claim.start === undefined && claim.end === undefined) {
      const { relations: _gone, ...rest } = claim;
      void _gone;
      // Kept (below) only for an event left with no other: as what it now says, no date given.
      return { citation: { ...citation, claim: { ...rest, start: null } }, says: false };
    }
    return { citation: { ...citation, claim: { ...claim, relations: kept } }, says: true };
  });
  // Its quote goes too: kept as a claim of nothing, a CSV would read it back as support for the event's own
  // date, and the scorecard would score that. An event keeps at least one citation all the same.
  const saying = trimmed.filter((t) => t.says).map((t) => t.citation);
  const citations = saying.length > 0 ? saying : trimmed.map((t) => t.citation);
  if (outside.length === 0) return event;
  // A relation is named once, though the event and a claim both gave it.
  const once = [...new Map(outside.map((r) => [`${r.type} ${r.event}`, r])).values()];
  const filtered = once.filter((r) => reasons.isReported(r.event));
  const unreported = once.filter((r) => !reasons.isReported(r.event));
  // The quotes left out are said, with their publishers: the file holds fewer receipts than the page showed.
  const gone = saying.length > 0 ? trimmed.filter((t) => !t.says).map((t) => t.citation.source) : [];
  const publishers = [...new Set(gone.map(reasons.publisherOf))].join(", ");
  const several = once.length > 1;
  const them = several ? "them" : "it";
  const quotes =
    gone.length === 0
      ? { long: "", short: "" }
      : {
          long: ` Left out with ${them}: ${counted(gone.length, "quote")} that gave only ${several ? "those orders" : "that order"} (${publishers}).`,
          short: ` Left out with ${them}: ${counted(gone.length, "quote")}.`,
        };

  return {
    ...event,
    ...(relations ? { relations } : {}),
    citations,
    note: noteWith(
      event.note,
      [
        {
          relations: filtered,
          saved: reasons.filtered,
          to: "to events outside the selection",
          short: "outside it",
        },
        {
          relations: unreported,
          saved: reasons.unreported,
          to: "to events not reported by then",
          short: "not reported by then",
        },
      ],
      quotes,
    ),
  };
}

/**
 * An event as known on a day with an end and no start (a window's end told alone): a file's event needs a
 * start to have an end, so the end is left to the claim that gave it, and the note says so.
 */
function withoutEndAlone(event: TimelineEvent, saved: string): TimelineEvent {
  if (event.end == null || event.start != null) return event;
  const { end, ...rest } = event;
  const said = `${saved}: its end, ${end}, was reported without a start; its quote's claim keeps it.`;
  const note =
    event.note === undefined ? said : `${cutToRoom(event.note, NOTE_MAX - said.length - 1)} ${said}`;
  return { ...rest, note };
}

/** Relations left out for one reason, and the note's words for it. */
interface LeftOut {
  readonly relations: readonly Relation[];
  /** "Saved from a filtered view". */
  readonly saved: string;
  /** "to events outside the selection". */
  readonly to: string;
  /** The same, shorter, for a note at its limit: "outside it". */
  readonly short: string;
}

/**
 * The note, followed by what was left out: as many relations as the note's limit leaves room for, then
 * `after` (the quotes that went with them), in its short words for a note at its limit.
 */
function noteWith(
  note: string | undefined,
  groups: readonly LeftOut[],
  after: { readonly long: string; readonly short: string },
): string {
  const before = note === undefined ? "" : `${note} `;
  const said = groups.filter((g) => g.relations.length > 0);
  const total = said.reduce((n, g) => n + g.relations.length, 0);
  for (let shown = total; shown >= 0; shown--) {
    let room = shown;
    const sentences = said.map((g) => {
      const s = g.relations.length > 1 ? "s" : "";
      const named = g.relations.slice(0, room).map((r) => `"${r.type} ${r.event}"`);
      room -= named.length;
      const rest = g.relations.length - named.length;
      const list = [...named, ...(rest > 0 ? [`${rest} more`] : [])].join(", ");
      return `${g.saved}: left out its relation${s} ${list} ${g.to}.`;
    });
    const text = sentences.join(" ") + after.long;
    if (before.length + text.length <= NOTE_MAX) return before + text;
  }
  // A note already at its limit keeps its own words, cut short, and says so.
  const counts = said
    .map((g) => {
      const s = g.relations.length > 1 ? "s" : "";
      return `${g.saved}: ${g.relations.length} relation${s} to events ${g.short} left out.`;
    })
    .join(" ");
  const tail = ` (${counts}${after.short})`;
  return note === undefined ? tail.trim() : `${cutToRoom(note, NOTE_MAX - tail.length)}${tail}`;
}

/**
 * A note's own words within `room` (UTF-16 units, as the schema counts), "…" ending them when cut: cut at
 * whole characters, since half an emoji is no character and the schema refuses it.
 */
function cutToRoom(text: string, room: number): string {
  if (text.length <= room) return text;
  let kept = "";
  for (const character of text) {
    if (kept.length + character.length > room - 1) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}
