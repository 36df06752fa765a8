import { useCallback, useEffect, useRef, useState } from "react";

export interface TooltipTarget {
  /** The item whose tooltip is shown: hovered, else focused, unless Escape dismissed it. */
  readonly shownId: string | null;
  /** Why it is shown: the pointer is on it, or it has focus (null: none is shown). */
  readonly shownBy: "hover" | "focus" | null;
  /** The pointer entered an item (its id) or left one (null): leaving hides after a moment. */
  readonly onHover: (id: string | null) => void;
  readonly onFocus: (id: string) => void;
  readonly onBlur: () => void;
}

/**
 * Which item's tooltip shows: on hover or focus, until Escape; the pointer may move onto the tooltip. A tap
 * is not a hover: the browser sends the mouse's enter after a touch, but nothing leaves after it, so the
 * tooltip would stay over the chart once the item's sheet took the focus (a mouse leaves as the panel opens
 * beside it). A focus after a touch shows none either (the sheet's close gives the item its focus back). Escape
 * dismisses the hovered item's tooltip until the pointer enters an item again, and the focused item's until
 * focus moves: hovering another item later does not bring back the focused one's when the pointer leaves.
 */
export function useTooltipTarget(): TooltipTarget {
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [hoverDismissed, setHoverDismissed] = useState(false);
  const [focusDismissed, setFocusDismissed] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);
  // What last came over the page: a touch's pointer events come before the mouse events it makes.
  const touching = useRef(false);
  // Where the pointer stood when a key was last pressed, until it moves: the keyboard leads meanwhile. An
  // item that a key's scroll or zoom brings under a still pointer is not hovered (the browser says it
  // is), and an item a key focuses takes the tooltip from the hovered one, so that it shows (and describes)
  // the focused item. A key that moves no focus (Shift) leaves the hovered tooltip be (WCAG 1.4.13).
  const keyedAt = useRef<readonly [number, number] | null>(null);
  const at = useRef<readonly [number, number]>([NaN, NaN]);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      touching.current = event.pointerType === "touch";
      const [x, y] = keyedAt.current ?? [];
      if (x !== event.clientX || y !== event.clientY) keyedAt.current = null;
      at.current = [event.clientX, event.clientY];
    };
    const onKey = () => {
      keyedAt.current = at.current;
      touching.current = false;
    };
    document.addEventListener("pointerover", onPointer, true);
    document.addEventListener("pointermove", onPointer, true);
    document.addEventListener("pointerdown", onPointer, true);
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("pointerover", onPointer, true);
      document.removeEventListener("pointermove", onPointer, true);
      document.removeEventListener("pointerdown", onPointer, true);
      document.removeEventListener("keydown", onKey, true);
    };
  }, []);
  const shownBy =
    hoverId !== null && !hoverDismissed ? "hover" : focusId !== null && !focusDismissed ? "focus" : null;
  const shownId = shownBy === "hover" ? hoverId : shownBy === "focus" ? focusId : null;
  // The item whose tooltip the pointer brought up, while it shows.
  const hovered = useRef<string | null>(null);
  useEffect(() => {
    hovered.current = shownBy === "hover" ? hoverId : null;
  });

  const onHover = useCallback((id: string | null) => {
    window.clearTimeout(hideTimer.current);
    const show = () => {
      setHoverId(id);
      setHoverDismissed(false);
    };
    if (id === null) hideTimer.current = window.setTimeout(() => setHoverId(null), 200);
    else if (touching.current || keyedAt.current) return;
    // Another item while one's tooltip shows: the pointer may be crossing it on its way to that tooltip,
    // so the switch waits a moment, and reaching the tooltip (its enter is the first item's) cancels it.
    else if (hovered.current !== null && hovered.current !== id)
      hideTimer.current = window.setTimeout(show, 150);
    else show();
  }, []);
  const onFocus = useCallback((id: string) => {
    setFocusId(id);
    // A focus a touch brought (a tap, or the sheet's close giving it back) shows no tooltip: it covered the
    // rows and took the next tap. A key press since then counts as the keyboard's.
    setFocusDismissed(touching.current);
    if (keyedAt.current) setHoverId(null);
  }, []);
  const onBlur = useCallback(() => setFocusId(null), []);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);
  useEffect(() => {
    if (shownId === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setHoverDismissed(true);
      setFocusDismissed(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shownId]);
  return { shownId, shownBy, onHover, onFocus, onBlur };
}
