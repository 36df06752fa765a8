import { useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { TransformStore } from "./transformStore.ts";

/**
 * Its children while the chart is still, nothing while a zoom or pan gesture is under way. For the
 * tooltip: anchored to an item that the gesture moves, it would be placed again at every frame (floating-ui
 * reads the layout for it, about 2–3 ms a frame at 5k events), following an item that slides away from the
 * pointer anyway. After the gesture, a focused item's tooltip (`resume: "settled"`) comes back where the
 * item settles; a hovered one's (`resume: "pointer"`) at the pointer's next move, as the pointer may now
 * be over something else: it is not placed again for an item the reader is no longer pointing at. Only
 * this renders when a gesture starts or ends.
 */
export function WhenStill({
  store,
  resume,
  children,
}: {
  readonly store: TransformStore;
  readonly resume: "settled" | "pointer";
  readonly children: ReactNode;
}) {
  const moving = useStore(store, (s) => s.moving);
  const [held, setHeld] = useState(false);
  // Held from the gesture's start; a focused item's, only until it settles (state set while rendering:
  // React renders again at once, before committing).
  if (moving && !held) setHeld(true);
  if (!moving && held && resume === "settled") setHeld(false);
  useEffect(() => {
    if (moving || !held) return;
    const onMove = () => setHeld(false);
    window.addEventListener("pointermove", onMove, { once: true });
    return () => window.removeEventListener("pointermove", onMove);
  }, [moving, held]);
  return moving || held ? null : children;
}
