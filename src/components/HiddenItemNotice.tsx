import { useEffect, useId, useRef } from "react";

/** An item the URL opens that the day or the filters hide: why, and the one action that shows it. */
export interface HiddenItemNote {
  /** The item's id. */
  readonly id: string;
  readonly text: string;
  readonly action: string;
  readonly onShow: () => void;
  readonly onDismiss: () => void;
}

/**
 * Why an item cannot open as things stand, with the action that shows it and a dismiss. Where the reader
 * acted (a line of What changed), its action takes focus as it appears, described by the why: the reader,
 * sighted or not, learns it there, not from a notice out of sight above the chart.
 */
export function HiddenItemNotice({
  note,
  takeFocus,
  onFocused,
}: {
  readonly note: HiddenItemNote;
  readonly takeFocus?: boolean;
  /** Told once the action has taken focus: what asked for it asks no more. */
  readonly onFocused?: () => void;
}) {
  const textId = useId();
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    action.current?.focus();
    onFocused?.();
  }, [takeFocus, onFocused]);
  return (
    <p className="link-notice">
      <span id={textId}>{note.text}</span>{" "}
      <button type="button" ref={action} aria-describedby={textId} onClick={note.onShow}>
        {note.action}
      </button>{" "}
      <button type="button" onClick={note.onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
