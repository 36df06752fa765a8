/**
 * Stands where the filter panel goes until it loads, after the chart's first draw: the panel's head, in
 * the same box, so that nothing moves when the panel arrives (on a phone only the head shows anyway). Its
 * counts are not grouped as the panel's are (20,000): the digits' grouping is bytes the first draw lacks.
 */
export function FilterPanelPlaceholder({ shown, total }: { readonly shown: number; readonly total: number }) {
  return (
    <section className="filters" aria-label="Filters" aria-busy="true">
      <div className="filters-head">
        <h2>Filters</h2>
        <p className="filters-count">
          {shown} of {total} {total === 1 ? "event" : "events"} shown
        </p>
        <button type="button" className="filters-toggle" disabled>
          Show filters
        </button>
      </div>
    </section>
  );
}
