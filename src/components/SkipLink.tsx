import type { RefObject } from "react";

interface SkipLinkProps {
  /** Where focus goes: the first of these that is mounted (the page's main view, then its main content). */
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
        // The chart's frame is no Tab stop: it takes focus from here alone.
        if (!element.hasAttribute("tabindex")) element.tabIndex = -1;
        element.focus();
      }}
    >
      {children}
    </a>
  );
}
