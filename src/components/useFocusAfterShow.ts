import { useCallback, useEffect, useRef } from "react";

/**
 * Focus for "show more": the button pressed may vanish (nothing left to show), which would drop focus to
 * the page's body, so focus moves to the first entry it showed instead. Entries are kept by key through
 * refs, never found by querying the page.
 */
export function useFocusAfterShow<E extends HTMLElement>() {
  const elements = useRef(new Map<string, E>());
  const pending = useRef<string | null>(null);
  // After every render: the entry asked for is mounted by the render that showed it.
  useEffect(() => {
    const key = pending.current;
    if (key === null) return;
    pending.current = null;
    elements.current.get(key)?.focus();
  });
  /** The ref of the entry with this key. */
  const entryRef = useCallback(
    (key: string) => (element: E | null) => {
      if (!element) return;
      elements.current.set(key, element);
      return () => {
        if (elements.current.get(key) === element) elements.current.delete(key);
      };
    },
    [],
  );
  /** Focuses the entry with this key once it is shown (by the render the press causes). */
  const focusWhenShown = useCallback((key: string) => {
    pending.current = key;
  }, []);
  /** The entry with this key, while it is shown. */
  const entry = useCallback((key: string) => elements.current.get(key), []);
  return { entryRef, focusWhenShown, entry };
}
