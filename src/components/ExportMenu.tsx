import { useId, useState } from "react";
import { LazyAsReadNote } from "./lazyAsReadNote.ts";
import type { Dataset } from "../data/schema.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import type { SceneToBuild } from "./exportView.ts";
import type { SaveKind } from "./saveExport.ts";
import type { LostTo } from "./AsReadNote.tsx";
import { counted } from "../model/counted.ts";
import { groupDigits } from "../model/groupDigits.ts";
import { keepsRoom, SAVE_BUTTONS } from "./saveButtons.ts";

interface ExportMenuProps {
  /** The chart's scene as shown, to save; null when no chart is shown. */
  readonly shownScene: () => SceneToBuild | null;
  /** The whole dataset, and the items shown of it. */
  readonly dataset: Dataset;
  readonly items: readonly TimelineItem[];
  readonly chartShown: boolean;
  /**
   * The day (UTC ms) the timeline shown is known as of, when that day held later reports back (the
   * dataset is the timeline of that day); null when it is the timeline as it all turned out.
   */
  readonly asOf: number | null;
  /**
   * The problems, when some left part of the dataset out: the CSV and JSON saved hold only what was read, and
   * say so. Null when nothing was left out (problems that kept their items drawn do not count).
   */
  readonly lostTo: LostTo | null;
  /** The dataset's address, or the key of the file opened: the saved files are named after it. */
  readonly url: string;
}

export function ExportMenu({ shownScene, dataset, items, chartShown, asOf, lostTo, url }: ExportMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const pictureReasonId = useId();
  const incompleteId = useId();
  const filtered = items.length < dataset.events.length;
  const incomplete = lostTo !== null;
  // The export code loads on the first click.
  const run = (kind: SaveKind) => {
    setError(null);
    import("./saveExport.ts")
      .then(({ saveExport }) => saveExport(kind, { shownScene, dataset, items, asOf, incomplete, url }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  // groupDigits, not toLocaleString: this renders with the first draw (groupDigits.ts says why).
  const total = groupDigits(dataset.events.length);
  // What the exports hold is said in the group's name, not in longer button labels: a label that grew when
  // a filter went on wrapped the toolbar and moved the chart down.
  const holds = filtered
    ? `the ${counted(items.length, "event")} shown, of ${total}`
    : dataset.events.length === 1
      ? "the 1 event"
      : dataset.events.length === 0
        ? "no events"
        : `all ${total} events`;
  // An empty file is never offered: not an empty picture, and not an empty dataset that would open as a
  // valid one. The buttons keep their place and their focus (aria-disabled), and say why they do nothing.
  const reason =
    items.length > 0
      ? null
      : dataset.events.length === 0
        ? asOf !== null
          ? "Nothing to export: nothing had been reported by this day."
          : "Nothing to export: the timeline has no events."
        : "Nothing to export: no events match the filters.";
  // The table view has no chart to save as a picture: said the same way.
  const pictureReason = chartShown
    ? reason
    : "Nothing to save as a picture: the table is shown, not the chart.";
  const offered = (onClick: () => void, why = reason, whyId = reasonId) =>
    why === null
      ? { onClick }
      : { "aria-disabled": true, "aria-describedby": whyId, title: why, onClick: undefined };
  // The same words as the data saves' are described by their note: one element, not a second, missing id.
  const picture = (onClick: () => void) =>
    offered(onClick, pictureReason, pictureReason === reason ? reasonId : pictureReasonId);
  // A data save that is offered is described by the note that it holds only what was read.
  const describedIncomplete = incomplete ? { "aria-describedby": incompleteId } : {};
  const data = (onClick: () => void) =>
    reason === null ? { onClick, ...describedIncomplete } : offered(onClick);
  return (
    <div className="export" role="group" aria-label={`Export: ${holds}`}>
      {SAVE_BUTTONS.map(({ kind, label }) => (
        <button
          key={kind}
          type="button"
          className={keepsRoom(kind, filtered)}
          {...(kind === "svg" || kind === "png"
            ? picture(() => run(kind))
            : kind !== "all"
              ? data(() => run(kind))
              : dataset.events.length > 0
                ? { onClick: () => run("all"), ...describedIncomplete }
                : offered(() => undefined))}
        >
          {label}
        </button>
      ))}
      {pictureReason !== null && pictureReason !== reason && (
        <span id={pictureReasonId} className="visually-hidden">
          {pictureReason}
        </span>
      )}
      {reason !== null && (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      )}
      {error && <span role="alert">Export failed: {error}</span>}
      {lostTo !== null && <LazyAsReadNote id={incompleteId} lostTo={lostTo} />}
    </div>
  );
}
