import type { ReactNode } from "react";

/**
 * A button that, while there is nothing for it to do (at the last report, nothing to clear), says so
 * (aria-disabled) and does nothing, but keeps its place in the Tab order and its focus: a `disabled` button
 * pressed into that state drops the keyboard's focus to the top of the page.
 */
export function IdleButton({
  idle,
  onClick,
  children,
}: {
  readonly idle: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button type="button" aria-disabled={idle || undefined} onClick={idle ? undefined : onClick}>
      {children}
    </button>
  );
}
