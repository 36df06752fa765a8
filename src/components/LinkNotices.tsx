import type { DroppedValue } from "../model/linkCheck.ts";
import { wordList } from "../model/wordList.ts";

/** An item the URL opens that the day or the filters hide: why, and the one action that shows it. */
export interface HiddenItemNote {
  readonly text: string;
  readonly action: string;
  readonly onShow: () => void;
  readonly onDismiss: () => void;
}

/**
 * What the page could not do of what the URL asked: values it left out of the link (checkLink), and an item
 * it cannot open as things stand. A polite live region, there from the start so that what appears in it is
 * announced, once.
 */
export function LinkNotices({
  dropped,
  onDismissDropped,
  hidden,
}: {
  readonly dropped: readonly DroppedValue[];
  readonly onDismissDropped: () => void;
  readonly hidden: HiddenItemNote | null;
}) {
  return (
    <div className="link-notices" role="status">
      {dropped.length > 0 && (
        <p className="link-notice">
          Left out of the address, which the page cannot show:{" "}
          {wordList(
            dropped.map((d) => `${d.what} (${d.why})`),
            "and",
          )}
          .{" "}
          <button type="button" onClick={onDismissDropped}>
            Dismiss
          </button>
        </p>
      )}
      {hidden && (
        <p className="link-notice">
          {hidden.text}{" "}
          <button type="button" onClick={hidden.onShow}>
            {hidden.action}
          </button>{" "}
          <button type="button" onClick={hidden.onDismiss}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
