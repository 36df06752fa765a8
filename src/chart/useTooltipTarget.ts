import { useCallback, useEffect, useRef, useState } from "react";

export interface TooltipTarget {
  /** The item whose tooltip is shown: hovered, else focused, until Escape. */
  readonly shownId: string | null;
  /** The pointer entered an item (its id) or left one (null): leaving hides after a moment. */
  readonly onHover: (id: string | null) => void;
  readonly onFocus: (id: string) => void;
  readonly onBlur: () => void;
}

/** Which item's tooltip shows: on hover or focus, until Escape; the pointer may move onto the tooltip. */
export function useTooltipTarget(): TooltipTarget {
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);
  const shownId = dismissed ? null : (hoverId ?? focusId);

  const onHover = useCallback((id: string | null) => {
    window.clearTimeout(hideTimer.current);
    if (id === null) hideTimer.current = window.setTimeout(() => setHoverId(null), 200);
    else {
      setHoverId(id);
      setDismissed(false);
    }
  }, []);
  const onFocus = useCallback((id: string) => {
    setFocusId(id);
    setDismissed(false);
  }, []);
  const onBlur = useCallback(() => setFocusId(null), []);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);
  useEffect(() => {
    if (shownId === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setDismissed(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shownId]);
  return { shownId, onHover, onFocus, onBlur };
}
