import { printable } from "../data/printable.ts";
import { retryViews } from "../onDemand.ts";

interface ErrorScreenProps {
  readonly title: string;
  readonly message: string;
  readonly onRetry?: (() => void) | undefined;
}

/** The most of a message an error screen shows: messages can quote the dataset (a JSON parse error does). */
const MESSAGE_LIMIT = 400;

export function ErrorScreen({ title, message, onRetry }: ErrorScreenProps) {
  return (
    <div className="error-screen" role="alert">
      <h2>{title}</h2>
      <p>{printable(message, MESSAGE_LIMIT)}</p>
      {onRetry && (
        <button
          type="button"
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
    </div>
  );
}
