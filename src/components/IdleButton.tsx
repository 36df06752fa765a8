import type { ReactNode } from "react";

/**
 * A button that, while there is nothing for it to do (at the last report, nothing to clear), says so
 * (aria-disabled) and does nothing, but keeps its place in the Tab order and its focus: a `disabled` button
 * pressed into that state drops the keyboard's focus to the top of the page.
 */
export function IdleButton({
  idle,
  onClick,
  label,
  children,
}: {
  readonly idle: boolean;
  readonly onClick: () => void;
  /** Its name where it says more than its text (which the name must start with, for speech input). */
  readonly label?: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-disabled={idle || undefined}
      onClick={idle ? undefined : onClick}
    >
      {children}
    </button>
  );
}
