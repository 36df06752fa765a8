/**
 * Resolves once the page's HTML is parsed and its stylesheets are in (loaded or failed): what the app's
 * first render needs, since it measures the chart's frame. The page's first script is `async` (it starts
 * the dataset's download as soon as it arrives, without waiting for the stylesheet or the parser), so it
 * and the app it loads may run before either.
 */
export function pageReady(doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    const listening = new AbortController();
    const check = () => {
      // "complete": every stylesheet has loaded or failed (a failed one has no sheet, and never will).
      const ready =
        doc.readyState === "complete" ||
        (doc.readyState === "interactive" &&
          [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet));
      if (!ready) return;
      listening.abort();
      resolve();
    };
    const { signal } = listening;
    doc.addEventListener("readystatechange", check, { signal });
    // A stylesheet's load does not bubble: heard in the capture phase.
    doc.addEventListener("load", check, { capture: true, signal });
    check();
  });
}
