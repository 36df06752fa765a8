import { Suspense, useId } from "react";
import type { LostTo } from "./AsReadNote.tsx";
import { LazyAsReadNote } from "./lazyAsReadNote.ts";
import { keepsRoom, SAVE_BUTTONS } from "./saveButtons.ts";

/**
 * The Save buttons as they will stand, inert, until the menu loads after the chart's first draw, with the
 * note of a dataset that lost parts to problems: the toolbar wraps the same, so nothing moves when it comes.
 * Hidden from assistive technology, which meets the menu.
 */
export function ExportMenuPlaceholder({
  filtered,
  lostTo,
}: {
  readonly filtered: boolean;
  readonly lostTo: LostTo | null;
}) {
  const id = useId();
  return (
    <div className="export" aria-hidden="true">
      {SAVE_BUTTONS.map(({ kind, label }) => (
        <button key={kind} type="button" disabled className={keepsRoom(kind, filtered)}>
          {label}
        </button>
      ))}
      {lostTo !== null && (
        <Suspense fallback={null}>
          <LazyAsReadNote id={id} lostTo={lostTo} />
        </Suspense>
      )}
    </div>
  );
}
