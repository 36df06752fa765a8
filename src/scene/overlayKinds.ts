import type { OverlayPartKind, SceneOverlay } from "./overlayParts.ts";

/**
 * Which overlay parts the drawn marks' overlays draw, in the registry's order: what a legend must explain.
 * Ghosts are drawn on the plot and the shelf; outcomes on both, and misses on the plot only.
 */
export function overlayKinds(
  overlay: SceneOverlay | undefined,
  drawn: readonly { readonly item: { readonly id: string }; readonly placement: { readonly at: string } }[],
): OverlayPartKind[] {
  if (!overlay) return [];
  const kinds: OverlayPartKind[] = [];
  if (drawn.some((p) => (overlay.byId.get(p.item.id)?.ghosts.length ?? 0) > 0)) kinds.push("ghost");
  const known = (p: (typeof drawn)[number]) => (overlay.byId.get(p.item.id)?.actual ?? null) !== null;
  // An undated item's outcome is its triangle under the shelf glyph: nothing dated to miss.
  if (overlay.actual && drawn.some((p) => p.placement.at === "plot" && known(p)))
    kinds.push("actual", "miss");
  else if (overlay.actual && drawn.some(known)) kinds.push("actual");
  return kinds;
}
