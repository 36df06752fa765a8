import { useEffect, useRef } from "react";
import { printable } from "../data/printable.ts";
import { retryViews } from "../onDemand.ts";

interface ErrorScreenProps {
  readonly title: string;
  readonly message: string;
  readonly onRetry?: (() => void) | undefined;
  /** For a view that can be put away (the sources' panel): a Close button, and Escape. */
  readonly onClose?: (() => void) | undefined;
  /** Whether the screen takes the focus as it shows, as its view would have (the panel the reader opened). */
  readonly takesFocus?: (() => boolean) | undefined;
}

/** The most of a message an error screen shows: messages can quote the dataset (a JSON parse error does). */
const MESSAGE_LIMIT = 400;

/** The element that last took the focus: gone from the page with the focus on <body>, the focus was lost. */
let lastFocused: Element | null = null;
if (typeof document !== "undefined")
  document.addEventListener("focusin", (e) => (lastFocused = e.target as Element), true);

export function ErrorScreen({ title, message, onRetry, onClose, takesFocus }: ErrorScreenProps) {
  const retry = useRef<HTMLButtonElement>(null);
  // Asked once, as the screen shows: not again at every render of the page around it.
  const asked = useRef(takesFocus);
  useEffect(() => {
    // Shown in place of what the reader was using (a step's slider, a notice's Show), the focus went with
    // it to <body>: it comes here. Not when the reader is elsewhere, or had only clicked the page's text.
    const lost = document.activeElement === document.body && lastFocused?.isConnected === false;
    if (asked.current?.() || lost) retry.current?.focus();
  }, []);
  return (
    <div
      className="error-screen"
      role="alert"
      onKeyDown={
        onClose &&
        ((e) => {
          if (e.key === "Escape") onClose();
        })
      }
    >
      <h2>{title}</h2>
      <p>{printable(message, MESSAGE_LIMIT)}</p>
      {onRetry && (
        <button
          type="button"
          ref={retry}
          onClick={(event) => {
            // The button goes with the screen: the focus waits on the view's holder (<main>), not <body>.
            (
              event.currentTarget.parentElement?.closest<HTMLElement>("[tabindex]") ??
              document.querySelector("main")
            )?.focus();
            retryViews();
            onRetry();
          }}
        >
          Try again
        </button>
      )}
      {onClose && (
        <button type="button" className="error-close" onClick={onClose}>
          Close
        </button>
      )}
    </div>
  );
}
