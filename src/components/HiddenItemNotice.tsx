import { useEffect, useId, useRef } from "react";
import type { Dataset, TimelineEvent } from "../data/schema.ts";
import type { HiddenItemWords } from "./hiddenItemWords.ts";

/** An item the URL opens that the day or the filters hide: why, and the one action that shows it. */
export type HiddenItemNote = HiddenByFilters | ReportedLater;

interface NoteOf {
  /** The item's id. */
  readonly id: string;
  readonly onDismiss: () => void;
}

/** Hidden by the filters: the page has said why and found the change that shows it. */
export interface HiddenByFilters extends NoteOf {
  readonly type: "filters";
  readonly text: string;
  readonly action: string;
  readonly onShow: () => void;
}

/**
 * Not reported by the day shown: its words name the day of its first report, which hiddenItemWords() works
 * out in the notice's chunk, so that the index of claims by day is not part of the chart's first draw.
 */
export interface ReportedLater extends NoteOf {
  readonly type: "later";
  /** The event's label, quoted. */
  readonly label: string;
  readonly event: TimelineEvent;
  /** The whole dataset, every report in it. */
  readonly dataset: Dataset;
  /** Shows the timeline as of a day (UTC ms; Infinity: how it turned out). */
  readonly onShowAsOf: (day: number) => void;
}

/**
 * Why an item cannot open as things stand, with the action that shows it and a dismiss. Where the reader
 * acted (a line of What changed), its action takes focus as it appears, described by the why: the reader,
 * sighted or not, learns it there, not from a notice out of sight above the chart.
 */
export function HiddenItemNotice({
  note,
  words,
  takeFocus,
  onFocused,
}: {
  readonly note: HiddenItemNote;
  /** hiddenItemWords(note), which the caller has worked out for its own use too. */
  readonly words: HiddenItemWords;
  readonly takeFocus?: boolean;
  /** Told once the action has taken focus: what asked for it asks no more. */
  readonly onFocused?: () => void;
}) {
  const textId = useId();
  const action = useRef<HTMLButtonElement>(null);
  const { text, action: offered, onShow } = words;
  useEffect(() => {
    if (!takeFocus) return;
    action.current?.focus();
    onFocused?.();
  }, [takeFocus, onFocused]);
  return (
    <p className="link-notice">
      <span id={textId}>{text}</span>{" "}
      <button type="button" ref={action} aria-describedby={textId} onClick={onShow}>
        {offered}
      </button>{" "}
      <button type="button" onClick={note.onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
