import type { Citation, Dataset, TimelineEvent } from "../data/schema.ts";
import { selectionTitle } from "./selectionTitle.ts";

/** The schema's limit on a note (schema.ts). */
const NOTE_MAX = 2000;

type Relation = NonNullable<TimelineEvent["relations"]>[number];

/**
 * The dataset cut to the events shown, still valid on its own: only the shows and sources they use, and no
 * relation to an event left out, the event's own or a claim's. Each such relation is named in its event's
 * note, and the title says the file is a selection. The `$schema` address is dropped: it was relative to where the original lives.
 */
export function subsetDataset(dataset: Dataset, keep: ReadonlySet<string>): Dataset {
  const events = dataset.events.filter((event) => keep.has(event.id));
  const whole = events.length === dataset.events.length;
  const cited = new Set(events.flatMap((event) => event.citations.map((c) => c.source)));
  const shown = new Set(events.map((event) => event.show));
  const { $schema: _address, ...rest } = dataset;
  void _address;
  return {
    ...rest,
    ...(whole ? {} : { title: selectionTitle(dataset, events.length) }),
    shows: whole ? dataset.shows : dataset.shows.filter((show) => shown.has(show.id)),
    sources: dataset.sources.filter((source) => cited.has(source.id)),
    events: events.map((event) => withoutOutside(event, keep)),
  };
}

/** The event without its relations (and its claims' relations) to events left out, its note saying which. */
function withoutOutside(event: TimelineEvent, keep: ReadonlySet<string>): TimelineEvent {
  const outside: Relation[] = [];
  const inside = (relations: readonly Relation[]) => {
    const kept = relations.filter((relation) => keep.has(relation.event));
    outside.push(...relations.filter((relation) => !keep.has(relation.event)));
    return kept;
  };
  const relations = event.relations && inside(event.relations);
  const citations = event.citations.map((citation): Citation => {
    const claim = citation.claim;
    if (!claim?.relations) return citation;
    const kept = inside(claim.relations);
    return kept.length === claim.relations.length
      ? citation
      : { ...citation, claim: { ...claim, relations: kept } };
  });
  if (outside.length === 0) return event;
  return {
    ...event,
    ...(relations ? { relations } : {}),
    citations,
    note: noteWith(event.note, outside),
  };
}

/** The note, followed by what was left out: as many relations as the note's limit leaves room for. */
function noteWith(note: string | undefined, outside: readonly Relation[]): string {
  const before = note === undefined ? "" : `${note} `;
  const s = outside.length > 1 ? "s" : "";
  const named = outside.map((r) => `"${r.type} ${r.event}"`);
  for (let shown = named.length; shown >= 0; shown--) {
    const rest = named.length - shown;
    const list = [...named.slice(0, shown), ...(rest > 0 ? [`${rest} more`] : [])].join(", ");
    const said = `Saved from a filtered view: left out its relation${s} ${list} to events outside the selection.`;
    if (before.length + said.length <= NOTE_MAX) return before + said;
  }
  // A note already at its limit keeps its own words, cut short, and says so.
  const said = ` (Saved from a filtered view: ${outside.length} relation${s} to events outside it left out.)`;
  return note === undefined ? said.trim() : `${note.slice(0, NOTE_MAX - said.length - 1).trimEnd()}…${said}`;
}
