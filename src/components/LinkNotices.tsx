import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import { createPortal } from "react-dom";
import type { DroppedValue } from "../model/linkCheck.ts";
import { counted } from "../model/counted.ts";
import { wordList } from "../model/wordList.ts";
import { HiddenItemNotice, type HiddenItemNote } from "./HiddenItemNotice.tsx";
import { hiddenItemWords } from "./hiddenItemWords.ts";

/** The most values the notice names: a link of hundreds (made up, or broken) is not read out whole. */
const SAID = 10;

/** How long a notice's words stay in the live region once said, ms: long enough to be announced. */
export const SAID_FOR = 10_000;

/**
 * Words said in the live region, then taken out of it (a removal is not announced): left there, a reader
 * going down the page would hear them twice, there and in the notice with its buttons.
 */
function Said({ text }: { readonly text: string }) {
  const [said, setSaid] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSaid(true), SAID_FOR);
    return () => clearTimeout(timer);
  }, []);
  return said ? null : <p>{text}</p>;
}

/**
 * What the page could not do of what the URL asked: values it left out of the link (checkLink), and an item
 * it cannot open as things stand (unless a line of What changed opened it: that list says so). Their words
 * are also said in `saidIn`, the page's polite live region (TimelinePage), there from the start so that
 * they are announced, once, without the buttons' labels ("… Dismiss"); this loads only when there is
 * something to say.
 */
export function LinkNotices({
  saidIn,
  dropped,
  onDismissDropped,
  hidden,
}: {
  readonly saidIn: RefObject<HTMLElement | null>;
  readonly dropped: readonly DroppedValue[];
  readonly onDismissDropped: () => void;
  readonly hidden: HiddenItemNote | null;
}) {
  const left =
    dropped.length > 0 &&
    `Left out of the address, which the page cannot show: ${wordList(
      [
        ...dropped.slice(0, SAID).map((d) => `${d.what} (${d.why})`),
        ...(dropped.length > SAID ? [counted(dropped.length - SAID, "more value")] : []),
      ],
      "and",
    )}.`;
  const words = hidden && hiddenItemWords(hidden);
  const why = words?.text;
  // The region, the page's, is in place before this mounts: read here, by ref. (A state of the page's, set by
  // its ref, had the whole page render twice as it mounted, on every load, for this rare notice.)
  const [region, setRegion] = useState<HTMLElement | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useLayoutEffect(() => setRegion(saidIn.current), [saidIn]);
  return (
    <>
      {/* A paragraph each: a notice added is said alone, and one dismissed says nothing. */}
      {region &&
        createPortal(
          <>
            {left && <Said key={`left:${left}`} text={left} />}
            {why && <Said key={`hidden:${why}`} text={why} />}
          </>,
          region,
        )}
      {left && (
        <p className="link-notice">
          {left}{" "}
          <button type="button" onClick={onDismissDropped}>
            Dismiss
          </button>
        </p>
      )}
      {hidden && words && <HiddenItemNotice note={hidden} words={words} />}
    </>
  );
}
