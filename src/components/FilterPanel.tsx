import { groupDigits } from "../model/groupDigits.ts";
import { memo, useId, useMemo, useState } from "react";
import type { Show } from "../data/schema.ts";
import { FILTERS, type FilterDescriptor } from "../model/filterDescriptors.ts";
import { isFiltering, NO_FILTERS, type Filters } from "../model/filterItems.ts";
import { FINDER_ABOVE } from "../model/findValues.ts";
import type { ItemCounts } from "../model/itemCounts.ts";
import { FilterFinder } from "./FilterFinder.tsx";
import { IdleButton } from "./IdleButton.tsx";

export interface FilterPanelProps {
  readonly filters: Filters;
  readonly shows: readonly Show[];
  readonly publishers: readonly string[];
  /** Items per show, per kind, per certainty and per publisher, before filtering. */
  readonly counts: ItemCounts;
  readonly shown: number;
  readonly total: number;
  readonly onChange: (filters: Filters, options?: { replace?: boolean }) => void;
  /** How many times the view's own Clear filters (under an empty chart or table) was pressed. */
  readonly cleared?: number;
}

/** The text in each finder's box, by group; `at`: the clear it was typed after (older text is cleared). */
interface Finds {
  readonly at: number;
  readonly texts: Readonly<Partial<Record<keyof ItemCounts, string>>>;
}

/** Toggles one value of a filter list; null (no filter) means every value is on. */
function toggle(
  current: readonly string[] | null,
  all: readonly string[],
  value: string,
  on: boolean,
): string[] | null {
  const next = new Set(current ?? all);
  if (on) next.add(value);
  else next.delete(value);
  return next.size === all.length ? null : all.filter((v) => next.has(v));
}

/** Memoized: a zoom rewrites the URL, and the panel (a checkbox per show) must not re-render for it. */
export const FilterPanel = memo(function FilterPanel({
  filters,
  shows,
  publishers,
  counts,
  shown,
  total,
  onChange,
  cleared = 0,
}: FilterPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // Clear filters clears the finders' text too: a finder still narrowed to "Show 2" would hide the shows
  // just put back. Each clear, here or under the view, gives the finders a new key, so they start afresh,
  // and leaves the text typed before it behind.
  const [clears, setClears] = useState(0);
  const generation = clears + cleared;
  const [finds, setFinds] = useState<Finds>({ at: 0, texts: {} });
  const texts = finds.at === generation ? finds.texts : {};
  const finding = Object.values(texts).some((text) => text !== "");
  const context = useMemo(() => ({ shows, publishers }), [shows, publishers]);
  const group = (f: FilterDescriptor & { readonly key: keyof ItemCounts }) => {
    const values = f.values(context);
    const current = filters[f.key];
    const checkbox = (value: string) => (
      <label key={value} className="filter-value">
        <input
          type="checkbox"
          checked={current === null || current.includes(value)}
          onChange={(e) =>
            onChange({ ...filters, [f.key]: toggle(current, values, value, e.target.checked) })
          }
        />{" "}
        {/* Not drawn in the row's grid (its gap is), the spaces keep name and count apart when read. */}
        <bdi>{f.label(value, context)}</bdi> <span className="count">({counts[f.key].get(value) ?? 0})</span>
      </label>
    );
    // A long group (2,000 shows in a big dataset) gets a finder instead of a checkbox per value.
    if (values.length > FINDER_ABOVE)
      return (
        <FilterFinder
          key={`${f.key}-${generation}`}
          descriptor={f}
          context={context}
          current={current}
          checkbox={checkbox}
          onChoose={(next) => onChange({ ...filters, [f.key]: next })}
          query={texts[f.key] ?? ""}
          onQuery={(text) => setFinds({ at: generation, texts: { ...texts, [f.key]: text } })}
        />
      );
    return (
      <fieldset key={f.key}>
        <legend>{f.legend}</legend>
        {values.map(checkbox)}
      </fieldset>
    );
  };
  return (
    <section className={`filters${open ? " open" : ""}`} aria-labelledby={`${id}-title`}>
      <div className="filters-head">
        <h2 id={`${id}-title`}>Filters</h2>
        <p className="filters-count" role="status">
          {groupDigits(shown)} of {groupDigits(total)} {total === 1 ? "event" : "events"} shown
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
        {FILTERS.map(group)}
        <IdleButton
          idle={!isFiltering(filters) && !finding}
          onClick={() => {
            setClears((n) => n + 1);
            if (isFiltering(filters)) onChange(NO_FILTERS);
          }}
        >
          Clear filters
        </IdleButton>
      </div>
    </section>
  );
});
