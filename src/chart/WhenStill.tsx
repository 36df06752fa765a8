import type { ReactNode } from "react";
import { useStore } from "zustand";
import type { TransformStore } from "./transformStore.ts";

/**
 * Its children while the chart is still, nothing while a zoom or pan gesture is under way. For the
 * tooltip: anchored to an item that the gesture moves, it would be placed again at every frame (floating-ui
 * reads the layout for it, about 2–3 ms a frame at 5k events), to follow an item that is sliding away from
 * the pointer anyway. It comes back where the item settles. Only this renders when a gesture starts or ends.
 */
export function WhenStill({ store, children }: { store: TransformStore; children: ReactNode }) {
  const moving = useStore(store, (s) => s.moving);
  return moving ? null : children;
}
