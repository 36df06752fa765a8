import { SAVE_BUTTONS } from "./saveButtons.ts";

/**
 * The Save buttons as they will stand, inert, until the menu loads after the chart's first draw: the toolbar
 * wraps the same, so nothing moves when it comes. Hidden from assistive technology, which meets the menu.
 */
export function ExportMenuPlaceholder({ filtered }: { readonly filtered: boolean }) {
  return (
    <div className="export" aria-hidden="true">
      {SAVE_BUTTONS.map(({ kind, label }) => (
        <button
          key={kind}
          type="button"
          disabled
          className={kind === "all" && !filtered ? "keeps-room" : undefined}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
