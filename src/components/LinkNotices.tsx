import type { DroppedValue } from "../model/linkCheck.ts";
import { wordList } from "../model/wordList.ts";
import { HiddenItemNotice, type HiddenItemNote } from "./HiddenItemNotice.tsx";

/**
 * What the page could not do of what the URL asked: values it left out of the link (checkLink), and an item
 * it cannot open as things stand (unless a line of What changed opened it: that list says so). Shown in the
 * page's polite live region (TimelinePage), there from the start so that what appears in it is announced,
 * once; this loads only when there is something to say.
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
    <>
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
      {hidden && <HiddenItemNotice note={hidden} />}
    </>
  );
}
