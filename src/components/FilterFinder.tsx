import { useMemo, useState, type ReactNode } from "react";
import type { FilterContext, FilterDescriptor } from "../model/filterDescriptors.ts";
import { findKey } from "../model/findKey.ts";
import { findValues } from "../model/findValues.ts";
import { IdleButton } from "./IdleButton.tsx";

interface FilterFinderProps {
  readonly descriptor: FilterDescriptor;
  readonly context: FilterContext;
  /** The group's chosen values; null when every value is on. */
  readonly current: readonly string[] | null;
  /** A value's checkbox, exactly as a short group draws it. */
  readonly checkbox: (value: string) => ReactNode;
  /** Chooses every value (null) or none ([]). */
  readonly onChoose: (values: readonly string[] | null) => void;
  /** The text in the box: the panel holds it, so that Clear filters can empty it. */
  readonly query: string;
  readonly onQuery: (text: string) => void;
}

const NUMBER = new Intl.NumberFormat("en");

/**
 * A filter group of many values: a text box that narrows its checkboxes by name, and at most LISTED_AT_MOST
 * of them in the page. Values not listed keep their state.
 */
export function FilterFinder({
  descriptor: f,
  context,
  current,
  checkbox,
  onChoose,
  query,
  onQuery,
}: FilterFinderProps) {
  // The selection the order follows, as it stood when the text last changed: a box that is clicked does not
  // jump to the top of the list under the pointer.
  const [orderBy, setOrderBy] = useState(current);
  const values = useMemo(() => f.values(context), [f, context]);
  const keys = useMemo(() => values.map((v) => findKey(f.label(v, context))), [f, values, context]);
  const { listed, matches } = useMemo(
    () => findValues(values, keys, query, orderBy),
    [values, keys, query, orderBy],
  );
  const choose = (next: readonly string[] | null) => {
    setOrderBy(next);
    onChoose(next);
  };
  const more = matches - listed.length;
  const note =
    more > 0
      ? // Whole in itself: a screen reader hears it alone, as the text changes, not after the list.
        `${NUMBER.format(listed.length)} of ${NUMBER.format(matches)} listed — type to narrow`
      : matches === 0
        ? `Nothing matches “${query.trim()}”`
        : query.trim() !== ""
          ? `${NUMBER.format(matches)} found`
          : "";
  return (
    <fieldset className="finder-group">
      <legend>{f.legend}</legend>
      <label className="finder">
        {f.finder}{" "}
        <input
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            onQuery(e.target.value);
            setOrderBy(current);
          }}
        />
      </label>
      <div className="finder-choose">
        <IdleButton idle={current === null} onClick={() => choose(null)}>
          All
        </IdleButton>
        <IdleButton idle={current !== null && current.length === 0} onClick={() => choose([])}>
          None
        </IdleButton>
      </div>
      {listed.length > 0 && (
        <ul className="finder-list" aria-label={`${f.legend} found`}>
          {listed.map((value) => (
            <li key={value}>{checkbox(value)}</li>
          ))}
        </ul>
      )}
      <p className="finder-more" aria-live="polite">
        {note}
      </p>
    </fieldset>
  );
}
