import type { Dataset } from "../data/schema.ts";

/**
 * The dataset cut to the events shown, still valid on its own: only the shows and sources they use, and no
 * relation to an event left out. Each such relation is named in its event's note, and the title says the file is a
 * selection. The `$schema` address is dropped: it was relative to where the original lives.
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
    ...(whole
      ? {}
      : {
          title: `${dataset.title ?? "Timeline"} (a selection: ${events.length} of ${dataset.events.length} events)`,
        }),
    shows: whole ? dataset.shows : dataset.shows.filter((show) => shown.has(show.id)),
    sources: dataset.sources.filter((source) => cited.has(source.id)),
    events: events.map((event) => {
      const outside = (event.relations ?? []).filter((relation) => !keep.has(relation.event));
      if (outside.length === 0) return event;
      const said = `Saved from a filtered view: left out its relation${outside.length > 1 ? "s" : ""} ${outside
        .map((r) => `"${r.type} ${r.event}"`)
        .join(", ")} to events outside the selection.`;
      return {
        ...event,
        relations: (event.relations ?? []).filter((relation) => keep.has(relation.event)),
        note: event.note === undefined ? said : `${event.note} ${said}`,
      };
    }),
  };
}
