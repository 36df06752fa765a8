import { useEffect, useState } from "react";

/** How long the empty region waits for its text, ms: long enough for the accessibility tree to hold it. */
const TEXT_AFTER_MS = 100;

/**
 * A polite status that says something is loading: the region comes first, empty, and its text a moment
 * later. A live region put in the page with its text already in it is not announced by every screen reader
 * (only a change inside a region they already know is), and React runs the effect of a click's render
 * before the browser's next task, so the text waits for a timer, not for an effect alone.
 */
export function LoadingStatus({ text }: { readonly text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), TEXT_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return <p role="status">{shown ? text : ""}</p>;
}
