import type { RefObject } from "react";

interface SkipLinkProps {
  /**
   * Where focus goes: the first of these that is mounted (the page's main view, then its main content), the
   * first once it comes. Each is focusable but no Tab stop (tabIndex -1) of its own.
   */
  readonly targets: readonly RefObject<HTMLElement | null>[];
  readonly children: string;
}

/**
 * The first Tab stop, shown when focused: past the header and the filters (there may be hundreds) to the
 * page's main view, found by ref. Focus is moved here: a `#fragment` would land in the URL and the history.
 */
export function SkipLink({ targets, children }: SkipLinkProps) {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        const element = targets.find((target) => target.current)?.current;
        if (!element) return;
        event.preventDefault();
        element.focus();
        // Pressed while the view still loads, the focus waits on what holds it: the view takes it as it comes,
        // unless the reader has moved on.
        const view = targets[0];
        if (!view || view.current === element) return;
        const watch = new MutationObserver(() => {
          const waiting = document.activeElement === element;
          if (waiting && !view.current) return;
          watch.disconnect();
          if (waiting) view.current?.focus();
        });
        watch.observe(element, { childList: true, subtree: true });
      }}
    >
      {children}
    </a>
  );
}
