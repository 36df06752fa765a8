import { useId, useState } from "react";
import type { Show } from "../data/schema.ts";
import { CERTAINTIES, EVENT_KINDS, type Certainty, type EventKind } from "../data/vocabulary.ts";
import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import { isFiltering, type Filters } from "../model/filterItems.ts";
import type { ItemCounts } from "../model/itemCounts.ts";

interface FilterPanelProps {
  readonly filters: Filters;
  readonly shows: readonly Show[];
  readonly publishers: readonly string[];
  /** Items per show, per kind, per certainty and per publisher, before filtering. */
  readonly counts: ItemCounts;
  readonly shown: number;
  readonly total: number;
  readonly onChange: (filters: Filters, options?: { replace?: boolean }) => void;
}

/** Toggles one value of a filter list; null (no filter) means every value is on. */
function toggle<T extends string>(
  current: readonly T[] | null,
  all: readonly T[],
  value: T,
  on: boolean,
): T[] | null {
  const next = new Set(current ?? all);
  if (on) next.add(value);
  else next.delete(value);
  return next.size === all.length ? null : all.filter((v) => next.has(v));
}

export function FilterPanel({
  filters,
  shows,
  publishers,
  counts,
  shown,
  total,
  onChange,
}: FilterPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const showIds = shows.map((s) => s.id);
  const group = <T extends string>(
    legend: string,
    key: "shows" | "kinds" | "certainties" | "publishers",
    values: readonly T[],
    label: (value: T) => string,
    count: ReadonlyMap<string, number>,
  ) => (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => {
        const current = filters[key] as readonly T[] | null;
        return (
          <label key={value}>
            <input
              type="checkbox"
              checked={current === null || current.includes(value)}
              onChange={(e) =>
                onChange({ ...filters, [key]: toggle(current, values, value, e.target.checked) })
              }
            />{" "}
            <bdi>{label(value)}</bdi> <span className="count">({count.get(value) ?? 0})</span>
          </label>
        );
      })}
    </fieldset>
  );
  return (
    <section className={`filters${open ? " open" : ""}`} aria-labelledby={`${id}-title`}>
      <div className="filters-head">
        <h2 id={`${id}-title`}>Filters</h2>
        <p className="filters-count" role="status">
          {shown} of {total} events shown
        </p>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {open ? "Hide filters" : "Show filters"}
        </button>
      </div>
      <div className="filters-body" id={`${id}-body`}>
        <label className="search">
          Search labels and quotes{" "}
          <input
            type="search"
            value={filters.query}
            onChange={(e) => onChange({ ...filters, query: e.target.value }, { replace: true })}
          />
        </label>
        {group("Shows", "shows", showIds, (v) => shows.find((s) => s.id === v)?.title ?? v, counts.shows)}
        {group<EventKind>("Kinds", "kinds", EVENT_KINDS, (v) => KIND_LABELS[v], counts.kinds)}
        {group<Certainty>(
          "Certainty",
          "certainties",
          CERTAINTIES,
          (v) => CERTAINTY_LABELS[v],
          counts.certainties,
        )}
        {group("Publishers", "publishers", publishers, (v) => v, counts.publishers)}
        <button
          type="button"
          disabled={!isFiltering(filters)}
          onClick={() =>
            onChange({ shows: null, kinds: null, certainties: null, publishers: null, query: "" })
          }
        >
          Clear filters
        </button>
      </div>
    </section>
  );
}
